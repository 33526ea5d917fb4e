package dev.refnet.model;

import java.util.List;
import java.util.Optional;

/** A loaded network: its settings and every contact that could be read, sorted by id. */
public record Network(NetworkConfig config, List<Contact> contacts) {

    public Network {
        contacts = List.copyOf(contacts);
    }

    public Optional<Contact> byId(String id) {
        return contacts.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}

package dev.refnet.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The values of one owner's declared fields (a contact's, a log entry's), each at its field's
 * index: an absent key holds the field's fallback, a list is immutable, a required field is set.
 * Equal when every value is equal.
 */
public final class FieldValues {

    private final Field.Declarations owner;
    private final Object[] values;

    private FieldValues(Field.Declarations owner, Object[] values) {
        this.owner = owner;
        this.values = values;
    }

    /** Values for {@code owner}'s fields from {@code raw} (taken over, not copied), checked and completed. */
    private static FieldValues of(Field.Declarations owner, Object[] raw) {
        if (raw.length != owner.size()) {
            throw new IllegalArgumentException("expected " + owner.size() + " values, got " + raw.length);
        }
        for (int i = 0; i < raw.length; i++) {
            Field<?> f = owner.field(i);
            Object v = f.check(raw[i]);
            if (v == null) {
                if (f.required()) {
                    throw new NullPointerException(f.key());
                }
                v = f.fallback();
            } else if (v instanceof List<?> list) {
                v = List.copyOf(list);
            }
            raw[i] = v;
        }
        return new FieldValues(owner, raw);
    }

    @SuppressWarnings("unchecked")
    <T> T get(Field<T> field) {
        if (field.owner() != owner) {
            throw new IllegalArgumentException("'" + field.key() + "' is not a field of these values");
        }
        return (T) values[field.index()];
    }

    /** The fields these are the values of, in order. */
    List<Field<?>> fields() {
        return owner.all();
    }

    /** Collects values one field at a time; {@link #build()} checks them. */
    static final class Builder {
        private final Field.Declarations owner;
        private Object[] values;
        /** Whether {@link #values} now belongs to built values (and must be copied before a change). */
        private boolean built;

        Builder(List<Field<?>> fields) {
            this.owner = fields.get(0).owner();
            this.values = new Object[fields.size()];
        }

        Builder(FieldValues from) {
            this.owner = from.owner;
            this.values = from.values;
            this.built = true;
        }

        void set(Field<?> field, Object value) {
            if (field.owner() != owner) {
                throw new IllegalArgumentException("'" + field.key() + "' is not a field of these values");
            }
            if (built) {
                values = values.clone();
                built = false;
            }
            values[field.index()] = field.check(value);
        }

        Object get(Field<?> field) {
            return values[field.index()];
        }

        /** Forgets every value set, to build another owner's values. */
        void clear() {
            values = new Object[owner.size()];
            built = false;
        }

        FieldValues build() {
            if (built) {
                return of(owner, values.clone());
            }
            built = true;
            return of(owner, values);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof FieldValues f && owner == f.owner && Arrays.equals(values, f.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        List<Field<?>> fields = owner.all();
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < values.length; i++) {
            if (!Objects.equals(values[i], fields.get(i).fallback())) {
                j.add(fields.get(i).key() + "=" + values[i]);
            }
        }
        return j.toString();
    }
}

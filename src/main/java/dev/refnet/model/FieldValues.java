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

    private final List<Field<?>> fields;
    private final Object[] values;

    private FieldValues(List<Field<?>> fields, Object[] values) {
        this.fields = fields;
        this.values = values;
    }

    /** Values for {@code fields} from {@code raw} (taken over, not copied), checked and completed. */
    static FieldValues of(List<Field<?>> fields, Object[] raw) {
        if (raw.length != fields.size()) {
            throw new IllegalArgumentException("expected " + fields.size() + " values, got " + raw.length);
        }
        for (int i = 0; i < raw.length; i++) {
            Field<?> f = fields.get(i);
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
        return new FieldValues(fields, raw);
    }

    @SuppressWarnings("unchecked")
    <T> T get(Field<T> field) {
        return (T) values[slot(field)];
    }

    private int slot(Field<?> field) {
        int i = field.index();
        if (i >= fields.size() || fields.get(i) != field) {
            throw new IllegalArgumentException("'" + field.key() + "' is not a field of these values");
        }
        return i;
    }

    List<Field<?>> fields() {
        return fields;
    }

    /** A fresh array of the values, for a builder. */
    Object[] copy() {
        return values.clone();
    }

    /** Collects values one field at a time; {@link #build()} checks them. */
    static final class Builder {
        private final List<Field<?>> fields;
        private Object[] values;

        Builder(List<Field<?>> fields) {
            this.fields = fields;
            this.values = new Object[fields.size()];
        }

        Builder(FieldValues from) {
            this.fields = from.fields;
            this.values = from.copy();
        }

        void set(Field<?> field, Object value) {
            int i = field.index();
            if (i >= fields.size() || fields.get(i) != field) {
                throw new IllegalArgumentException("'" + field.key() + "' is not a field of these values");
            }
            values[i] = field.check(value);
        }

        Object get(Field<?> field) {
            return values[field.index()];
        }

        FieldValues build() {
            Object[] v = values;
            values = v.clone(); // the builder can go on without touching what was built
            return of(fields, v);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof FieldValues f && fields == f.fields && Arrays.equals(values, f.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < values.length; i++) {
            if (!Objects.equals(values[i], fields.get(i).fallback())) {
                j.add(fields.get(i).key() + "=" + values[i]);
            }
        }
        return j.toString();
    }
}

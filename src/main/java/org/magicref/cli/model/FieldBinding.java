package org.magicref.cli.model;

import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.IScope;
import picocli.CommandLine.Model.IScoped;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.PicocliException;

/** A field of the object in a scope, read and written as picocli binds an annotated field. */
final class FieldBinding implements IGetter, ISetter, IScoped {
    private final IScope scope;
    private final Slot field;

    FieldBinding(IScope scope, Slot field) {
        this.scope = scope;
        this.field = field;
    }

    @Override
    public IScope getScope() {
        return scope;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
        try {
            return (T) field.get(scope.get());
        } catch (Exception e) {
            throw new PicocliException("Could not get value for field " + field.field(), e);
        }
    }

    @Override
    public <T> T set(T value) {
        try {
            Object owner = scope.get();
            @SuppressWarnings("unchecked")
            T old = (T) field.get(owner);
            field.set(owner, value);
            return old;
        } catch (Exception e) {
            throw new PicocliException("Could not set value for field " + field.field() + " to " + value, e);
        }
    }

    /** The object whose fields are bound: a command, a mixin, or an argument group once one is made. */
    static final class Scope implements IScope {
        private Object value;

        Scope(Object value) {
            this.value = value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = (T) this.value;
            this.value = value;
            return old;
        }
    }
}

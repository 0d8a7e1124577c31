package dev.qingdan.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A field of a command or of a mixin that picocli reads and writes: what picocli binds when it
 * reads an annotated field, for the models that {@link Models} builds without reading annotations.
 * The field is found by name, so that Models.java compiles whatever a command's fields are called;
 * ModelsTest finds a stale name.
 */
final class Binding implements IGetter, ISetter {
  private final Object owner;
  private final Field field;

  private Binding(Object owner, Field field) {
    this.owner = owner;
    this.field = field;
  }

  /** The field {@code name} of {@code owner}. */
  static Binding of(Object owner, String name) {
    try {
      Field f = owner.getClass().getDeclaredField(name);
      f.setAccessible(true);
      return new Binding(owner, f);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(owner.getClass().getName() + " has no field " + name
          + ": Models.java is out of date (mvn test -Dtest=ModelsTest writes it anew)", e);
    }
  }

  /**
   * The builder of an option or positional parameter, bound to the field {@code name} of {@code
   * owner}, whose value now is its initial value (picocli resets the field to it before a parse).
   */
  static OptionSpec.Builder bind(OptionSpec.Builder builder, Object owner, String name) {
    Binding b = of(owner, name);
    return builder.initialValue(b.get()).getter(b).setter(b);
  }

  /** The same for a positional parameter. */
  static PositionalParamSpec.Builder bind(PositionalParamSpec.Builder builder, Object owner,
      String name) {
    Binding b = of(owner, name);
    return builder.initialValue(b.get()).getter(b).setter(b);
  }

  /**
   * A new object of the class called {@code name}, which may be private to its package: picocli's
   * own mixin of --help and --version, made as picocli makes it.
   */
  static Object create(String name) {
    try {
      Constructor<?> c = Class.forName(name).getDeclaredConstructor();
      c.setAccessible(true);
      return c.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + name, e);
    }
  }

  /** Sets the field to {@code value} and returns the value: for {@code @Spec} and {@code @Mixin}. */
  static <T> T inject(Object owner, String name, T value) {
    of(owner, name).set(value);
    return value;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T get() {
    try {
      return (T) field.get(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public <T> T set(T value) {
    T old = get();
    try {
      field.set(owner, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    return old;
  }
}

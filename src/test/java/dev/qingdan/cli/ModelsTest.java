package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The models that {@code Models} builds (written at compile time by src/build/java's
 * ModelProcessor) are the ones picocli makes from the commands' annotations.
 */
class ModelsTest {
  @Test
  void modelsAreTheOnesPicocliMakesFromTheAnnotations() throws Exception {
    CommandLine.IFactory f = QingdanCommand.factory(Terminal.pipe());
    CommandLine annotated = new CommandLine(new QingdanCommand(), f);
    annotated.addSubcommand(new CommandLine.HelpCommand());
    CommandLine built = QingdanCommand.build(Terminal.pipe(), null);
    List<String> a = dump(annotated.getCommandSpec(), typedByTheMixingField(annotated));
    List<String> b = dump(built.getCommandSpec());
    // Three differences by design. picocli's reflection types the option of a generic mixin
    // (--format of FormatOption<F>) by the type variable's bound, Enum; the generated model, like
    // typedByTheMixingField, by the type argument of the field that mixes it in. The help options' object is picocli's private AutoHelpMixin,
    // which generated code cannot create: their two flags are a boolean[]. An option of an argument
    // group reads its field through the group's object, which picocli's binding has only once
    // the group is given (not gettable before); the generated one reads null until then.
    a.replaceAll(l -> l.replace("userObject picocli.CommandLine$AutoHelpMixin", "userObject [Z"));
    for (String groupOption : List.of("--through", "--period")) {
      a.replaceAll(l -> l.replace("[" + groupOption + "] isValueGettable false",
          "[" + groupOption + "] isValueGettable true"));
    }
    assertTrue(a.size() > 500, "the dump covers the model: " + a.size() + " lines");
    if (!a.equals(b)) {
      // for a diff of the two
      Files.write(Path.of("target/models-annotated.txt"), a);
      Files.write(Path.of("target/models-built.txt"), b);
    }
    assertEquals(String.join("\n", a), String.join("\n", b));
  }

  @Test
  void eachCommandAloneIsTheSameAsInTheWholeTree() throws Exception {
    CommandLine all = QingdanCommand.build(Terminal.pipe(), null);
    for (String name : Models.COMMANDS) {
      CommandLine one = QingdanCommand.build(Terminal.pipe(), name);
      assertEquals(List.of(name), List.copyOf(one.getSubcommands().keySet()));
      assertEquals(dump(all.getSubcommands().get(name).getCommandSpec()),
          dump(one.getSubcommands().get(name).getCommandSpec()), name);
    }
  }

  /** The read-ahead starts for exactly the commands whose classes say they read the checklist. */
  @Test
  void theReadersAreTheCommandsThatSaySo() {
    List<String> readers = new ArrayList<>();
    for (Class<?> c : QingdanCommand.class.getAnnotation(CommandLine.Command.class).subcommands()) {
      if (List.of(c.getInterfaces()).contains(ReadsChecklist.class)) {
        readers.add(c.getAnnotation(CommandLine.Command.class).name());
      }
    }
    assertEquals(List.of("validate", "list", "show", "ratio", "deadlines", "report"), readers);
    assertEquals(readers, Models.READERS);
  }

  /** ./policies.yaml is read ahead only when the command line names no other checklist. */
  @Test
  void noReadAheadWhenAnotherChecklistIsNamed() {
    assertNotSame(ReadAhead.NONE, ReadAhead.start("validate", List.of("validate")));
    assertNotSame(ReadAhead.NONE, ReadAhead.start("ratio", List.of("ratio", "--", "-p")));
    for (List<String> args : List.of(List.of("ratio", "-p", "national.yaml"),
        List.of("ratio", "-pnational.yaml"), List.of("list", "--policies=national.yaml"),
        List.of("show", "1.1", "--example"))) {
      assertSame(ReadAhead.NONE, ReadAhead.start(args.get(0), args), args.toString());
    }
  }

  // ---- a dump of everything a model's public accessors tell ----

  /** Accessors that lead elsewhere (the tree, the bindings) or hold no model value. */
  private static final Set<String> SKIP = Set.of("getClass", "hashCode", "commandLine", "parent",
      "root", "command", "group", "getter", "setter", "scope", "userObject", "messages",
      "resourceBundle", "argGroups", "subcommands", "mixins", "mixinAnnotatedElements",
      "annotatedElement", "parser", "usageMessage", "argSpecs", "optionsMap", "negatedOptionsMap",
      "posixOptionsMap", "requiredArgs", "options", "positionalParameters", "unmatchedArgsBindings",
      "specElements", "interpolateVariables", "defaultValueProvider", "typeInfo", "names",
      "remove", "addMethodSubcommands", "modelTransformer", "preprocessor", "parameterConsumer",
      "negatableOptionTransformer", "helpCommand", "inherited", "scopeType", "renderedDescription",
      "qualifiedName", "versionProvider", "findOption",
      // the generic type's arguments by name, which picocli reads only for @Unmatched (refused
      // by ModelSource); the element types themselves are in getAuxiliaryTypes
      "getActualGenericTypeArguments");

  /**
   * The options of the generic mixins in {@code cl}'s tree, each with its type variable replaced by
   * the type argument of the command's field that mixes it in, as picocli types an option declared
   * with that type.
   */
  private static Map<ArgSpec, ArgSpec> typedByTheMixingField(CommandLine cl) throws Exception {
    Map<ArgSpec, ArgSpec> typed = new IdentityHashMap<>();
    CommandSpec s = cl.getCommandSpec();
    for (Map.Entry<String, CommandSpec> m : s.mixins().entrySet()) {
      Class<?> mixin = m.getValue().userObject().getClass();
      if (mixin.getTypeParameters().length == 0) {
        continue;
      }
      Type[] args = ((ParameterizedType) s.userObject().getClass().getDeclaredField(m.getKey())
          .getGenericType()).getActualTypeArguments();
      for (Field f : mixin.getDeclaredFields()) {
        int i = List.of(mixin.getTypeParameters()).indexOf(f.getGenericType());
        if (i < 0) {
          continue;
        }
        Class<?> type = (Class<?>) args[i];
        for (OptionSpec o : m.getValue().options()) {
          if (f.equals(o.userObject())) { // picocli's reading keeps the annotated field
            // the type information picocli gives an option of this type
            ITypeInfo info = OptionSpec.builder(o.names()).type(type).build().typeInfo();
            typed.put(o, OptionSpec.builder(o).typeInfo(info).completionCandidates(null).build());
          }
        }
      }
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      typed.putAll(typedByTheMixingField(sub));
    }
    assertTrue(cl.getParent() != null || !typed.isEmpty(), "no generic mixin found");
    return typed;
  }

  private static List<String> dump(CommandSpec s) {
    return dump(s, Map.of());
  }

  private static List<String> dump(CommandSpec s, Map<ArgSpec, ArgSpec> typed) {
    List<String> out = new ArrayList<>();
    dump(s, s.qualifiedName(), typed, out);
    return out;
  }

  private static void dump(CommandSpec s, String at, Map<ArgSpec, ArgSpec> typed,
      List<String> out) {
    accessors(s, at, out);
    // names the user object by identity, or a mixin by its field; shown nowhere
    out.removeIf(l -> l.startsWith(at + " toString "));
    out.add(at + " versionProvider " + className(s.versionProvider()));
    out.add(at + " userObject " + className(s.userObject()));
    accessors(s.usageMessage(), at + " usage", out);
    accessors(s.parser(), at + " parser", out);
    out.add(at + " mixins " + s.mixins().keySet());
    for (Map.Entry<String, CommandSpec> m : s.mixins().entrySet()) {
      dump(m.getValue(), at + " mixin " + m.getKey(), typed, out);
    }
    for (ArgSpec given : s.args()) {
      ArgSpec a = typed.getOrDefault(given, given);
      String id = at + " " + (a.isOption() ? Arrays.toString(((OptionSpec) a)
          .names()) : "positional " + a.paramLabel());
      accessors(a, id, out);
      accessors(a.typeInfo(), id + " type", out);
      out.add(id + " initial " + a.initialValue());
    }
    out.add(at + " subcommands " + s.subcommands().keySet());
    for (Map.Entry<String, CommandLine> sub : s.subcommands().entrySet()) {
      dump(sub.getValue().getCommandSpec(), at + " " + sub.getKey(), typed, out);
    }
  }

  /** Every public no-argument accessor of the object's class, by name. */
  private static void accessors(Object o, String at, List<String> out) {
    Method[] methods = o.getClass().getMethods();
    Arrays.sort(methods, Comparator.comparing(Method::getName));
    for (Method m : methods) {
      if (m.getParameterCount() > 0 || Modifier.isStatic(m.getModifiers())
          || m.getReturnType() == void.class || SKIP.contains(m.getName())
          || m.getDeclaringClass() == Object.class) {
        continue;
      }
      try {
        m.setAccessible(true);
        out.add(at + " " + m.getName() + " "
            + text(m.invoke(o)).replaceAll("@[0-9a-f]{1,8}\\b", "@"));
      } catch (ReflectiveOperationException | RuntimeException e) {
        out.add(at + " " + m.getName() + " throws " + e);
      }
    }
  }

  private static String text(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Object[] array) {
      List<String> items = new ArrayList<>();
      for (Object item : array) {
        items.add(text(item));
      }
      return items.toString();
    }
    if (v instanceof Class<?> c) {
      return c.getName();
    }
    if (v instanceof ITypeInfo t) {
      return t.getClassName() + t.getAuxiliaryTypes().length;
    }
    if (v instanceof Iterable<?> it && !(v instanceof java.util.Collection<?>)) {
      List<String> items = new ArrayList<>();
      it.forEach(x -> items.add(text(x)));
      return items.toString();
    }
    if (v instanceof java.util.Collection<?> c) {
      List<String> items = new ArrayList<>();
      c.forEach(x -> items.add(text(x)));
      return items.toString();
    }
    String s = String.valueOf(v);
    return s.contains("@") && s.startsWith(v.getClass().getName()) ? className(v) : s;
  }

  private static String className(Object o) {
    return o == null ? "null" : o.getClass().getName();
  }
}

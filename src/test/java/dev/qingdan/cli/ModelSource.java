package dev.qingdan.cli;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Writes the source of {@link Models} from the picocli annotations of qingdan's commands: the
 * same models, built with picocli's programmatic API, so that a run reads no annotation. Each
 * annotation attribute becomes the builder call that picocli makes for it; an attribute this
 * writer does not know stops it, so that a new one is never dropped silently. ModelsTest checks
 * that the models are the same as picocli's and that Models.java is this class's output.
 */
final class ModelSource {
  private static final String PACKAGE = "dev.qingdan.cli";
  /** Between two calls of a builder chain. */
  private static final String NEXT = "\n        ";

  /** The attributes of each annotation that this writer turns into code. */
  private static final Set<String> COMMAND = Set.of("name", "aliases", "description",
      "exitCodeListHeading", "exitCodeList", "versionProvider", "mixinStandardHelpOptions",
      "synopsisSubcommandLabel", "subcommands", "hidden", "header", "footer");
  private static final Set<String> OPTION = Set.of("names", "paramLabel", "description",
      "defaultValue", "arity", "converter", "required", "completionCandidates", "split", "hidden",
      "usageHelp", "versionHelp", "descriptionKey");
  private static final Set<String> PARAMETERS = Set.of("index", "paramLabel", "description",
      "defaultValue", "arity", "converter", "completionCandidates", "split", "hidden",
      "descriptionKey");

  private final StringBuilder out = new StringBuilder();
  private final Map<Class<?>, String> mixins = new LinkedHashMap<>();
  private final List<Class<?>> commands = new ArrayList<>();

  private ModelSource() {}

  /** The source of Models.java. */
  static String generate() {
    return new ModelSource().write();
  }

  private String write() {
    Command root = QingdanCommand.class.getAnnotation(Command.class);
    commands.add(QingdanCommand.class);
    commands.addAll(Arrays.asList(root.subcommands()));
    line("package " + PACKAGE + ";");
    line("");
    line("import java.util.List;");
    line("import picocli.CommandLine.IFactory;");
    line("import picocli.CommandLine.Model.CommandSpec;");
    line("import picocli.CommandLine.Model.OptionSpec;");
    line("import picocli.CommandLine.Model.PositionalParamSpec;");
    line("import picocli.CommandLine.Model.UsageMessageSpec;");
    line("");
    line("/**");
    line(" * The model of every command, built with picocli's programmatic API from what the");
    line(" * commands' annotations say, so that a run reads no annotation (picocli's reflection");
    line(" * took a third of a short run). Written by ModelSource (src/test): do not edit; after a");
    line(" * change to a command's annotations or fields, {@code mvn test -Dtest=ModelsTest} writes");
    line(" * it anew. ModelsTest checks that these models are the ones picocli makes.");
    line(" */");
    line("final class Models {");
    line("  private Models() {}");
    line("");
    List<String> names = new ArrayList<>();
    for (Class<?> c : root.subcommands()) {
      names.add(c.getAnnotation(Command.class).name());
    }
    line("  /** The names of the subcommands, in the order of the annotation (aliases aside). */");
    line("  static final List<String> COMMANDS = List.of(" + strings(names.toArray()) + ");");
    line("");
    line("  /** The subcommand called {@code name} (or by an alias), or null. */");
    line("  static CommandSpec command(String name, IFactory f) throws Exception {");
    line("    switch (name) {");
    for (Class<?> c : root.subcommands()) {
      Command cmd = c.getAnnotation(Command.class);
      List<String> all = new ArrayList<>(List.of(cmd.name()));
      all.addAll(Arrays.asList(cmd.aliases()));
      for (String n : all) {
        line("      case " + string(n) + ":");
      }
      line("        return " + method(c) + "(f);");
    }
    line("      default:");
    line("        return null;");
    line("    }");
    line("  }");
    for (Class<?> c : commands) {
      command(c, c == QingdanCommand.class);
    }
    // by index: a mixin may name mixins of its own, which join the list as it is written
    for (int i = 0; i < mixins.size(); i++) {
      Class<?> m = new ArrayList<>(mixins.keySet()).get(i);
      mixin(m, mixins.get(m));
    }
    standardHelpOptions();
    line("}");
    return out.toString();
  }

  private void command(Class<?> c, boolean root) {
    Command cmd = c.getAnnotation(Command.class);
    check(cmd, COMMAND);
    if (!root && cmd.subcommands().length > 0) {
      throw new UnsupportedOperationException(c + ": only the root has subcommands");
    }
    noSuperclass(c);
    String type = name(c);
    line("");
    line("  /** {@code " + (root ? "qingdan" : "qingdan " + cmd.name()) + "}"
        + (root ? ", without its subcommands" : "") + ". */");
    line("  static CommandSpec " + method(c) + "(IFactory f) throws Exception {");
    line("    " + type + " c = f.create(" + type + ".class);");
    line("    CommandSpec s = CommandSpec.wrapWithoutInspection(c, f);");
    line("    s.name(" + string(cmd.name()) + ");");
    if (cmd.aliases().length > 0) {
      line("    s.aliases(" + strings(cmd.aliases()) + ");");
    }
    if (!cmd.versionProvider().getSimpleName().equals("NoVersionProvider")) {
      for (Field f : cmd.versionProvider().getDeclaredFields()) {
        if (f.getAnnotations().length > 0) {
          throw new UnsupportedOperationException(f + ": annotated version provider");
        }
      }
      line("    s.versionProvider(f.create(" + name(cmd.versionProvider()) + ".class));");
    }
    usage("header", cmd.header());
    usage("description", cmd.description());
    usage("synopsisSubcommandLabel", cmd.synopsisSubcommandLabel(), "[COMMAND]");
    usage("exitCodeListHeading", cmd.exitCodeListHeading(), "");
    if (cmd.exitCodeList().length > 0) {
      line("    s.usageMessage().exitCodeList(UsageMessageSpec.keyValuesMap("
          + strings(cmd.exitCodeList()) + "));");
    }
    usage("footer", cmd.footer());
    if (cmd.hidden()) {
      line("    s.usageMessage().hidden(true);");
    }
    members(c, "c", "s");
    if (cmd.mixinStandardHelpOptions()) {
      // picocli adds these last (its issue 377)
      line("    s.addMixin(\"mixinStandardHelpOptions\", standardHelpOptions());");
    }
    line("    return s;");
    line("  }");
  }

  private void usage(String attribute, String value, String unset) {
    if (!value.equals(unset)) {
      line("    s.usageMessage()." + attribute + "(" + string(value) + ");");
    }
  }

  private void usage(String attribute, String[] value) {
    if (value.length > 0) {
      line("    s.usageMessage()." + attribute + "(" + strings(value) + ");");
    }
  }

  /** The options, parameters, mixins and specs of a command's or mixin's fields, in order. */
  private void members(Class<?> c, String owner, String spec) {
    for (Field f : c.getDeclaredFields()) {
      if (f.isAnnotationPresent(Spec.class)) {
        Spec.Target target = f.getAnnotation(Spec.class).value();
        String value = target == Spec.Target.MIXEE ? "mixee" : spec;
        line("    Binding.inject(" + owner + ", " + string(f.getName()) + ", " + value + ");");
      } else if (f.isAnnotationPresent(Mixin.class)) {
        Mixin m = f.getAnnotation(Mixin.class);
        String name = m.name().isEmpty() ? f.getName() : m.name();
        String method = mixins.computeIfAbsent(f.getType(), ModelSource::method);
        line("    " + spec + ".addMixin(" + string(name) + ", " + method + "(Binding.inject("
            + owner + ", " + string(f.getName()) + ", f.create(" + name(f.getType())
            + ".class)), " + spec + ", f));");
      } else if (f.isAnnotationPresent(Option.class)) {
        option(f.getAnnotation(Option.class), f, owner, spec);
      } else if (f.isAnnotationPresent(Parameters.class)) {
        parameters(f.getAnnotation(Parameters.class), f, owner, spec);
      } else {
        for (Annotation a : f.getAnnotations()) {
          if (a.annotationType().getName().startsWith("picocli.")) {
            throw new UnsupportedOperationException(f + ": @" + a.annotationType().getName());
          }
        }
      }
    }
  }

  private void mixin(Class<?> c, String method) {
    noSuperclass(c);
    if (c.isAnnotationPresent(Command.class)) {
      throw new UnsupportedOperationException(c + ": a mixin with @Command");
    }
    line("");
    line("  /** The options of {@link " + name(c) + "}. */");
    line("  private static CommandSpec " + method + "(" + name(c)
        + " m, CommandSpec mixee, IFactory f) throws Exception {");
    line("    CommandSpec s = CommandSpec.wrapWithoutInspection(m, f);");
    members(c, "m", "s");
    line("    return s;");
    line("  }");
  }

  /** picocli's own --help and --version, as mixinStandardHelpOptions adds them. */
  private void standardHelpOptions() {
    Class<?> auto;
    try {
      auto = Class.forName("picocli.CommandLine$AutoHelpMixin");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    line("");
    line("  /** picocli's --help and --version (mixinStandardHelpOptions). */");
    line("  private static CommandSpec standardHelpOptions() {");
    line("    Object m = Binding.create(" + string(auto.getName()) + ");");
    line("    CommandSpec s = CommandSpec.wrapWithoutInspection(m);");
    for (Field f : auto.getDeclaredFields()) {
      if (f.isAnnotationPresent(Option.class)) {
        option(f.getAnnotation(Option.class), f, "m", "s");
      }
    }
    line("    return s;");
    line("  }");
  }

  private void option(Option o, Field f, String owner, String spec) {
    check(o, OPTION);
    StringBuilder b = new StringBuilder("OptionSpec.builder(" + strings(o.names()) + ")");
    if (o.usageHelp()) {
      b.append(NEXT + ".usageHelp(true)");
    }
    if (o.versionHelp()) {
      b.append(NEXT + ".versionHelp(true)");
    }
    if (o.required()) {
      b.append(NEXT + ".required(true)");
    }
    arg(b, o.paramLabel(), o.description(), o.descriptionKey(), o.prompt(), o.defaultValue(),
        o.arity(), o.converter(), o.completionCandidates(), o.split(), o.hidden(), f, owner);
    line("    " + spec + ".addOption(" + b + ".build());");
  }

  private void parameters(Parameters p, Field f, String owner, String spec) {
    check(p, PARAMETERS);
    StringBuilder b = new StringBuilder("PositionalParamSpec.builder()");
    if (!p.index().isEmpty()) {
      b.append(NEXT + ".index(").append(string(p.index())).append(")");
    }
    // what picocli infers from the field's type and the index
    PositionalParamSpec inferred = picocli(f);
    if (inferred.required()) {
      b.append(NEXT + ".required(true)");
    }
    String arity = p.arity().isEmpty() ? inferred.arity().toString() : p.arity();
    arg(b, p.paramLabel(), p.description(), p.descriptionKey(), p.prompt(), p.defaultValue(),
        arity, p.converter(), p.completionCandidates(), p.split(), p.hidden(), f, owner);
    line("    " + spec + ".addPositional(" + b + ".build());");
  }

  /** What options and positional parameters share; owner null: no field of ours to bind. */
  private void arg(StringBuilder b, String paramLabel, String[] description,
      String descriptionKey, String prompt, String defaultValue, String arity,
      Class<?>[] converters, Class<?> candidates, String split, boolean hidden, Field f,
      String owner) {
    // picocli's inferLabel
    b.append(NEXT + ".paramLabel(")
        .append(string(paramLabel.isEmpty() ? "<" + f.getName() + ">" : paramLabel)).append(")");
    if (!arity.isEmpty()) {
      b.append(NEXT + ".arity(").append(string(arity)).append(")");
    }
    if (!defaultValue.equals("__no_default_value__")) {
      b.append(NEXT + ".defaultValue(").append(string(defaultValue)).append(")");
    }
    if (!split.isEmpty()) {
      b.append(NEXT + ".splitRegex(").append(string(split)).append(")");
    }
    if (hidden) {
      b.append(NEXT + ".hidden(true)");
    }
    b.append(NEXT + ".type(").append(literal(f.getType())).append(")");
    Type generic = f.getGenericType();
    if (generic instanceof ParameterizedType p) {
      List<String> aux = new ArrayList<>();
      for (Type t : p.getActualTypeArguments()) {
        if (!(t instanceof Class<?> k)) {
          throw new UnsupportedOperationException(f + ": type argument " + t);
        }
        aux.add(literal(k));
      }
      b.append(NEXT + ".auxiliaryTypes(").append(String.join(", ", aux)).append(")");
    }
    if (converters.length > 0) {
      List<String> made = new ArrayList<>();
      for (Class<?> c : converters) {
        made.add("f.create(" + name(c) + ".class)");
      }
      b.append(NEXT + ".converters(").append(String.join(", ", made)).append(")");
    }
    if (!candidates.getSimpleName().equals("NoCompletionCandidates")) {
      b.append(NEXT + ".completionCandidates(f.create(").append(name(candidates)).append(".class))");
    }
    b.append(NEXT + ".description(").append(strings(description)).append(")");
    b.append(NEXT + ".descriptionKey(").append(string(descriptionKey)).append(")");
    b.append(NEXT + ".prompt(").append(string(prompt)).append(")");
    b.append(NEXT + ".withToString(").append(string(toString(f))).append(")");
    b.insert(0, "Binding.bind(").append(", ").append(owner).append(", ")
        .append(string(f.getName())).append(")");
  }

  /** picocli's own model of a positional parameter, made from its field's annotation. */
  private static PositionalParamSpec picocli(Field f) {
    try {
      Object owner = QingdanCommand.factory(Terminal.pipe()).create(f.getDeclaringClass());
      for (PositionalParamSpec p
          : CommandSpec.forAnnotatedObject(owner, QingdanCommand.factory(Terminal.pipe()))
              .positionalParameters()) {
        if (p.toString().equals(toString(f))) {
          return p;
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException(f + ": picocli does not see it");
  }

  /** How picocli names a field in its messages (TypedMember.getToString). */
  private static String toString(Field f) {
    return "field " + f.toGenericString().replace("private ", "").replace("protected ", "")
        .replace("public ", "").replace("java.lang.", "");
  }

  /** Stops at an attribute given a value that this writer does not turn into code. */
  private static void check(Annotation a, Set<String> known) {
    Set<String> unknown = new TreeSet<>();
    for (Method m : a.annotationType().getDeclaredMethods()) {
      try {
        if (!known.contains(m.getName())
            && !Objects.deepEquals(m.invoke(a), m.getDefaultValue())) {
          unknown.add(m.getName());
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    if (!unknown.isEmpty()) {
      throw new UnsupportedOperationException("ModelSource does not write @"
          + a.annotationType().getSimpleName() + " " + unknown + " yet: teach it");
    }
  }

  private static void noSuperclass(Class<?> c) {
    if (c.getSuperclass() != Object.class) {
      throw new UnsupportedOperationException(c + " extends " + c.getSuperclass());
    }
    for (Field f : c.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getAnnotations().length > 0) {
        throw new UnsupportedOperationException(f + ": an annotated static field");
      }
    }
  }

  /** The method that builds a class's model: its simple name, decapitalized. */
  private static String method(Class<?> c) {
    String n = c.getSimpleName();
    return Character.toLowerCase(n.charAt(0)) + n.substring(1);
  }

  /** A class as source: its simple name in this package, else its full name. */
  private static String name(Class<?> c) {
    String n = c.getCanonicalName();
    return n.startsWith(PACKAGE + ".") ? n.substring(PACKAGE.length() + 1) : n;
  }

  private static String literal(Class<?> c) {
    return name(c) + ".class";
  }

  private static String strings(Object[] values) {
    List<String> s = new ArrayList<>();
    for (Object v : values) {
      s.add(string((String) v));
    }
    return String.join(", ", s);
  }

  /** A Java string literal. */
  static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}

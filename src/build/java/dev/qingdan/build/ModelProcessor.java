package dev.qingdan.build;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Writes {@code Models}, the picocli model of every command built with picocli's programmatic API,
 * from the commands' annotations, at compile time: a run then reads no annotation (picocli's
 * reflection over them, and the proxy classes of the annotation types, which no JDK 17 class data
 * archive keeps, took more time than {@code validate}'s own work; docs/performance.md).
 *
 * <p>The root command is the one whose {@code @Command} names subcommands. Each annotation
 * attribute becomes the builder call that picocli makes for it; an attribute this processor does
 * not know stops the build, so a new one is never dropped silently. The fields are set by a small
 * generated class per command or mixin, so they must not be private. {@code ModelsTest} checks
 * that the models are the ones picocli makes from the same annotations.
 */
@SupportedAnnotationTypes("picocli.CommandLine.Command")
public final class ModelProcessor extends AbstractProcessor {
  private static final String PICOCLI = "picocli.CommandLine.";
  private static final String NO_DEFAULT = "__no_default_value__";
  private static final String NEXT = "\n            ";
  /** Where the context's type goes in the source, once it is known. */
  private static final String CONTEXT = "CONTEXT_TYPE";
  /** The interface that marks a command reading ./policies.yaml unless told otherwise. */
  private static final String READS_CHECKLIST = "dev.qingdan.cli.ReadsChecklist";

  /** The attributes of each annotation that this processor turns into code. */
  private static final Set<String> COMMAND = Set.of("name", "aliases", "description",
      "exitCodeListHeading", "exitCodeList", "versionProvider", "mixinStandardHelpOptions",
      "synopsisSubcommandLabel", "subcommands", "hidden", "header", "footer", "footerHeading");
  private static final Set<String> OPTION = Set.of("names", "paramLabel", "description",
      "defaultValue", "arity", "converter", "required", "completionCandidates", "split", "hidden");
  private static final Set<String> PARAMETERS = Set.of("index", "paramLabel", "description",
      "defaultValue", "arity", "converter", "completionCandidates", "split", "hidden");
  private static final Set<String> MIXIN = Set.of("name");
  private static final Set<String> SPEC = Set.of("value");
  private static final Set<String> ARG_GROUP = Set.of("exclusive");

  private boolean written;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written || annotations.isEmpty()) {
      return false;
    }
    TypeElement command = processingEnv.getElementUtils().getTypeElement(PICOCLI + "Command");
    List<TypeElement> roots = new ArrayList<>();
    for (Element e : round.getElementsAnnotatedWith(command)) {
      if (e instanceof TypeElement t && !classes(mirror(t, "Command"), "subcommands").isEmpty()) {
        roots.add(t);
      }
    }
    if (roots.size() != 1) {
      error(null, "ModelProcessor: want one command with subcommands, found " + roots);
      return false;
    }
    written = true;
    try {
      String source = new Source(roots.get(0)).write();
      String pkg = packageOf(roots.get(0));
      try (Writer w = processingEnv.getFiler()
          .createSourceFile(pkg + ".Models", roots.get(0)).openWriter()) {
        w.write(source);
      }
    } catch (Unsupported e) {
      error(e.element, "ModelProcessor: " + e.getMessage());
    } catch (IOException e) {
      error(roots.get(0), "ModelProcessor: cannot write Models: " + e);
    }
    return false;
  }

  private void error(Element at, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, at);
  }

  /** An annotation this processor cannot turn into code, at the element that carries it. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Element element;

    Unsupported(Element element, String message) {
      super(message);
      this.element = element;
    }
  }

  // ---- reading annotations ----

  /** The picocli annotation {@code simpleName} on {@code e}, or null. */
  private static AnnotationMirror mirror(Element e, String simpleName) {
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString()
          .equals(PICOCLI + simpleName)) {
        return m;
      }
    }
    return null;
  }

  /** The attributes given in {@code m}; stops at one this processor does not know. */
  private static Map<String, Object> given(Element at, AnnotationMirror m, Set<String> known) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : m.getElementValues().entrySet()) {
      String name = e.getKey().getSimpleName().toString();
      if (!known.contains(name)) {
        throw new Unsupported(at, "@" + m.getAnnotationType().asElement().getSimpleName() + "("
            + name + ") is not written into Models yet: teach ModelProcessor");
      }
      values.put(name, e.getValue().getValue());
    }
    return values;
  }

  private static String string(Map<String, Object> values, String name, String unset) {
    Object v = values.get(name);
    return v == null ? unset : (String) v;
  }

  private static boolean bool(Map<String, Object> values, String name) {
    return Boolean.TRUE.equals(values.get(name));
  }

  /** A String[] attribute (one string may be given without braces). */
  private static List<String> strings(Map<String, Object> values, String name) {
    List<String> out = new ArrayList<>();
    Object v = values.get(name);
    if (v instanceof List<?> list) {
      for (Object item : list) {
        out.add((String) ((AnnotationValue) item).getValue());
      }
    } else if (v != null) {
      out.add((String) v);
    }
    return out;
  }

  /** A Class[] attribute of {@code m}, as types. */
  private static List<TypeElement> classes(AnnotationMirror m, String name) {
    List<TypeElement> out = new ArrayList<>();
    if (m == null) {
      return out;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : m.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        Object v = e.getValue().getValue();
        if (v instanceof List<?> list) {
          for (Object item : list) {
            out.add(type((AnnotationValue) item));
          }
        } else {
          out.add(type(e.getValue()));
        }
      }
    }
    return out;
  }

  private static TypeElement type(AnnotationValue v) {
    return (TypeElement) ((DeclaredType) v.getValue()).asElement();
  }

  private static String packageOf(Element e) {
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }

  // ---- writing ----

  /** Writes the source of one Models class. */
  private final class Source {
    private final TypeElement root;
    private final String pkg;
    private final StringBuilder out = new StringBuilder();
    /**
     * The mixin types met so far, by the method that builds each: one per type argument of a
     * generic mixin ({@code FormatOption<ListCommand.Format>}).
     */
    private final Map<String, DeclaredType> mixins = new LinkedHashMap<>();
    /** The types whose fields the generated code sets, with the paths of the fields. */
    private final Map<TypeElement, List<String>> slots = new LinkedHashMap<>();
    private int locals;
    /** The type of the object that constructors with one argument take, once one is met. */
    private TypeElement context;
    /** The generic mixin being written, through whose type arguments its fields are typed. */
    private DeclaredType as;

    Source(TypeElement root) {
      this.root = root;
      this.pkg = packageOf(root);
    }

    String write() {
      List<TypeElement> subcommands = classes(mirror(root, "Command"), "subcommands");
      line("package " + pkg + ";");
      line("");
      line("import java.util.List;");
      line("import javax.annotation.processing.Generated;");
      line("import picocli.CommandLine.IFactory;");
      line("import picocli.CommandLine.Model.ArgGroupSpec;");
      line("import picocli.CommandLine.Model.CommandSpec;");
      line("import picocli.CommandLine.Model.IGetter;");
      line("import picocli.CommandLine.Model.ISetter;");
      line("import picocli.CommandLine.Model.OptionSpec;");
      line("import picocli.CommandLine.Model.PositionalParamSpec;");
      line("import picocli.CommandLine.Model.UsageMessageSpec;");
      line("");
      line("/**");
      line(" * The model of every command, built with picocli's programmatic API from the commands'");
      line(" * annotations by dev.qingdan.build.ModelProcessor at compile time.");
      line(" */");
      line("@Generated(\"dev.qingdan.build.ModelProcessor\")");
      line("final class Models {");
      line("  private Models() {}");
      line("");
      List<String> names = new ArrayList<>();
      for (TypeElement c : subcommands) {
        names.add(string(given(c, command(c), COMMAND), "name", "<main class>"));
      }
      line("  /** The names of the subcommands, in the order of the annotation. */");
      line("  static final List<String> COMMANDS = List.of(" + literals(names) + ");");
      line("");
      List<String> readers = new ArrayList<>();
      for (TypeElement c : subcommands) {
        if (c.getInterfaces().stream().anyMatch(i -> i.toString().equals(READS_CHECKLIST))) {
          readers.add(string(given(c, command(c), COMMAND), "name", "<main class>"));
        }
      }
      line("  /** The subcommands that implement ReadsChecklist, in the order of the annotation. */");
      line("  static final List<String> READERS = List.of(" + literals(readers) + ");");
      line("");
      line("  /** The subcommand called {@code name} (or by an alias), or null. */");
      line("  static CommandSpec command(String name, " + CONTEXT + " context, IFactory f) {");
      line("    switch (name) {");
      for (TypeElement c : subcommands) {
        Map<String, Object> a = given(c, command(c), COMMAND);
        List<String> all = new ArrayList<>();
        all.add(string(a, "name", "<main class>"));
        all.addAll(strings(a, "aliases"));
        for (String n : all) {
          line("      case " + literal(n) + ":");
        }
        line("        return " + method(c) + "(context, f);");
      }
      line("      default:");
      line("        return null;");
      line("    }");
      line("  }");
      line("");
      line("  /** The root command, without its subcommands. */");
      line("  static CommandSpec root(" + CONTEXT + " context, IFactory f) {");
      line("    return " + method(root) + "(context, f);");
      line("  }");
      command(root, true);
      for (TypeElement c : subcommands) {
        command(c, false);
      }
      // by index: a mixin may hold mixins of its own, which join the map as they are written
      for (int i = 0; i < mixins.size(); i++) {
        String m = new ArrayList<>(mixins.keySet()).get(i);
        mixin(mixins.get(m), m);
      }
      standardHelpOptions();
      for (Map.Entry<TypeElement, List<String>> e : slots.entrySet()) {
        slotClass(e.getKey(), e.getValue());
      }
      line("}");
      return out.toString().replace(CONTEXT, context == null ? "Object" : name(context));
    }

    private AnnotationMirror command(TypeElement c) {
      AnnotationMirror m = mirror(c, "Command");
      if (m == null) {
        throw new Unsupported(c, "a subcommand without @Command");
      }
      return m;
    }

    private void command(TypeElement c, boolean isRoot) {
      Map<String, Object> a = given(c, command(c), COMMAND);
      if (!isRoot && a.containsKey("subcommands")) {
        throw new Unsupported(c, "only the root command has subcommands");
      }
      plainClass(c);
      String type = name(c);
      line("");
      line("  /** {@code " + string(a, "name", "") + "}. */");
      line("  private static CommandSpec " + method(c) + "(" + CONTEXT
          + " context, IFactory f) {");
      line("    " + type + " c = " + create(c) + ";");
      line("    CommandSpec s = CommandSpec.wrapWithoutInspection(c, f);");
      line("    s.name(" + literal(string(a, "name", "<main class>")) + ");");
      if (!strings(a, "aliases").isEmpty()) {
        line("    s.aliases(" + literals(strings(a, "aliases")) + ");");
      }
      List<TypeElement> version = classes(command(c), "versionProvider");
      if (!version.isEmpty()) {
        line("    s.versionProvider(" + create(version.get(0)) + ");");
      }
      usage("header", strings(a, "header"));
      usage("description", strings(a, "description"));
      usage("synopsisSubcommandLabel", a.get("synopsisSubcommandLabel"));
      usage("exitCodeListHeading", a.get("exitCodeListHeading"));
      if (!strings(a, "exitCodeList").isEmpty()) {
        line("    s.usageMessage().exitCodeList(UsageMessageSpec.keyValuesMap("
            + literals(strings(a, "exitCodeList")) + "));");
      }
      usage("footerHeading", a.get("footerHeading"));
      usage("footer", strings(a, "footer"));
      if (bool(a, "hidden")) {
        line("    s.usageMessage().hidden(true);");
      }
      members(c, c, "c", "", "s", null);
      if (bool(a, "mixinStandardHelpOptions")) {
        // picocli adds them last (its issue 377)
        line("    s.addMixin(\"mixinStandardHelpOptions\", standardHelpOptions(f));");
      }
      line("    return s;");
      line("  }");
    }

    private void usage(String attribute, Object value) {
      if (value != null) {
        line("    s.usageMessage()." + attribute + "(" + literal((String) value) + ");");
      }
    }

    private void usage(String attribute, List<String> values) {
      if (!values.isEmpty()) {
        line("    s.usageMessage()." + attribute + "(" + literals(values) + ");");
      }
    }

    /**
     * The options, parameters, mixins and specs of the fields of {@code type}, in order. The fields
     * are those of {@code owner} (a command or mixin, variable {@code var}) at {@code path}, which
     * is empty or the field of an argument group followed by a dot.
     */
    private void members(TypeElement owner, TypeElement type, String var, String path,
        String spec, List<String> groupArgs) {
      for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        AnnotationMirror specMirror = mirror(f, "Spec");
        AnnotationMirror mixin = mirror(f, "Mixin");
        AnnotationMirror option = mirror(f, "Option");
        AnnotationMirror parameters = mirror(f, "Parameters");
        AnnotationMirror group = mirror(f, "ArgGroup");
        if (specMirror == null && mixin == null && option == null && parameters == null
            && group == null) {
          for (AnnotationMirror m : f.getAnnotationMirrors()) {
            if (m.getAnnotationType().toString().startsWith(PICOCLI)) {
              throw new Unsupported(f, "@" + m.getAnnotationType() + " on a field");
            }
          }
          continue;
        }
        if (f.getModifiers().contains(Modifier.PRIVATE)
            || f.getModifiers().contains(Modifier.STATIC)
            || f.getModifiers().contains(Modifier.FINAL)) {
          throw new Unsupported(f, "the generated model sets this field: it must not be "
              + "private, static or final");
        }
        if (groupArgs != null && (specMirror != null || mixin != null || group != null)) {
          throw new Unsupported(f, "only options and parameters inside an argument group");
        }
        String field = f.getSimpleName().toString();
        if (specMirror != null) {
          Map<String, Object> a = given(f, specMirror, SPEC);
          Object target = a.get("value");
          boolean mixee = target != null && target.toString().equals("MIXEE");
          line("    " + var + "." + field + " = " + (mixee ? "mixee" : spec) + ";");
        } else if (mixin != null) {
          Map<String, Object> a = given(f, mixin, MIXIN);
          DeclaredType d = (DeclaredType) typeOf(f);
          TypeElement t = (TypeElement) d.asElement();
          String m = method(d);
          mixins.putIfAbsent(m, d);
          String local = "m" + locals++;
          line("    " + boxed(d) + " " + local + " = " + create(t) + ";");
          line("    " + var + "." + field + " = " + local + ";");
          line("    " + spec + ".addMixin(" + literal(string(a, "name", field)) + ", " + m + "("
              + local + ", " + spec + ", context, f));");
        } else if (option != null || parameters != null) {
          String arg = option != null ? option(owner, f, given(f, option, OPTION), var, path)
              : parameters(owner, f, given(f, parameters, PARAMETERS), var, path);
          if (groupArgs != null) {
            groupArgs.add(arg);
          } else {
            line("    " + spec + (option != null ? ".addOption(" : ".addPositional(") + arg
                + ");");
          }
        } else {
          argGroup(owner, f, given(f, group, ARG_GROUP), var, spec);
        }
      }
    }

    private void argGroup(TypeElement owner, VariableElement f, Map<String, Object> a,
        String var, String spec) {
      TypeElement t = (TypeElement) ((DeclaredType) f.asType()).asElement();
      plainClass(t);
      List<String> args = new ArrayList<>();
      members(owner, t, var, f.getSimpleName() + ".", spec, args);
      line("    " + spec + ".addArgGroup(ArgGroupSpec.builder()");
      line("        .exclusive(" + (a.containsKey("exclusive") ? a.get("exclusive") : true) + ")");
      line("        .multiplicity(\"0..1\")");
      for (String arg : args) {
        line("        .addArg(" + arg + ")");
      }
      line("        .build());");
    }

    private String option(TypeElement owner, VariableElement f, Map<String, Object> a,
        String var, String path) {
      StringBuilder b = new StringBuilder("OptionSpec.builder(" + literals(strings(a, "names"))
          + ")");
      if (bool(a, "required")) {
        b.append(NEXT + ".required(true)");
      }
      arg(b, owner, f, a, a.containsKey("arity") ? (String) a.get("arity") : null, var, path);
      return b + ".build()";
    }

    private String parameters(TypeElement owner, VariableElement f, Map<String, Object> a,
        String var, String path) {
      StringBuilder b = new StringBuilder("PositionalParamSpec.builder()");
      if (a.containsKey("index")) {
        b.append(NEXT + ".index(").append(literal((String) a.get("index"))).append(")");
      }
      // picocli's defaultArity for a positional parameter, and its required
      String arity = a.containsKey("arity") ? (String) a.get("arity")
          : multiValue(typeOf(f)) ? "0..1" : "1";
      if (!arity.startsWith("0")) {
        b.append(NEXT + ".required(true)");
      }
      arg(b, owner, f, a, arity, var, path);
      return b + ".build()";
    }

    /** What options and positional parameters share. */
    private void arg(StringBuilder b, TypeElement owner, VariableElement f,
        Map<String, Object> a, String arity, String var, String path) {
      String field = f.getSimpleName().toString();
      b.append(NEXT + ".paramLabel(")
          .append(literal(string(a, "paramLabel", "<" + field + ">"))).append(")");
      if (arity != null) {
        b.append(NEXT + ".arity(").append(literal(arity)).append(")");
      }
      String defaultValue = string(a, "defaultValue", NO_DEFAULT);
      if (!defaultValue.equals(NO_DEFAULT)) {
        b.append(NEXT + ".defaultValue(").append(literal(defaultValue)).append(")");
      }
      if (a.containsKey("split")) {
        b.append(NEXT + ".splitRegex(").append(literal((String) a.get("split"))).append(")");
      }
      if (bool(a, "hidden")) {
        b.append(NEXT + ".hidden(true)");
      }
      TypeMirror type = typeOf(f);
      b.append(NEXT + ".type(").append(erasure(type)).append(".class)");
      if (type instanceof DeclaredType d && !d.getTypeArguments().isEmpty()) {
        List<String> aux = new ArrayList<>();
        for (TypeMirror t : d.getTypeArguments()) {
          if (t.getKind() != TypeKind.DECLARED) {
            throw new Unsupported(f, "type argument " + t);
          }
          aux.add(erasure(t) + ".class");
        }
        b.append(NEXT + ".auxiliaryTypes(").append(String.join(", ", aux)).append(")");
      }
      AnnotationMirror m = mirror(f, a.containsKey("names") ? "Option" : "Parameters");
      List<String> converters = new ArrayList<>();
      for (TypeElement c : classes(m, "converter")) {
        converters.add(create(c));
      }
      if (!converters.isEmpty()) {
        b.append(NEXT + ".converters(").append(String.join(", ", converters)).append(")");
      }
      for (TypeElement c : classes(m, "completionCandidates")) {
        b.append(NEXT + ".completionCandidates(").append(create(c)).append(")");
      }
      b.append(NEXT + ".description(").append(literals(strings(a, "description"))).append(")");
      b.append(NEXT + ".descriptionKey(\"\")");
      b.append(NEXT + ".prompt(\"\")");
      b.append(NEXT + ".withToString(").append(literal(toString(f))).append(")");
      List<String> fields = slots.computeIfAbsent(owner, k -> new ArrayList<>());
      if (!fields.contains(path + field)) {
        fields.add(path + field);
      }
      String slot = slotName(owner) + "(" + var + ", " + fields.indexOf(path + field) + ")";
      if (path.isEmpty()) {
        // the value the field has before parsing, which picocli reads from its fields too
        b.append(NEXT + ".initialValue(").append(var).append(".").append(field).append(")");
      }
      b.append(NEXT + ".getter(new ").append(slot).append(")");
      b.append(NEXT + ".setter(new ").append(slot).append(")");
    }

    private void mixin(DeclaredType d, String method) {
      TypeElement c = (TypeElement) d.asElement();
      plainClass(c);
      if (mirror(c, "Command") != null) {
        throw new Unsupported(c, "a mixin with @Command");
      }
      line("");
      line("  /** The options of {@code " + boxed(d) + "}. */");
      line("  private static CommandSpec " + method + "(" + boxed(d)
          + " m, CommandSpec mixee, " + CONTEXT + " context, IFactory f) {");
      line("    CommandSpec s = CommandSpec.wrapWithoutInspection(m, f);");
      as = d.getTypeArguments().isEmpty() ? null : d;
      members(c, c, "m", "", "s", null);
      as = null;
      line("    return s;");
      line("  }");
    }

    /**
     * The type of a field of the command or mixin being written: in a generic mixin, with the type
     * arguments of the field that mixes it in ({@code F} of {@code FormatOption<F>} is
     * {@code ListCommand.Format} in ListCommand), which picocli's reflection cannot see.
     */
    private TypeMirror typeOf(VariableElement f) {
      return as == null ? f.asType() : processingEnv.getTypeUtils().asMemberOf(as, f);
    }

    /** picocli's own --help and --version, as {@code mixinStandardHelpOptions} adds them. */
    private void standardHelpOptions() {
      line("");
      line("  /** picocli's --help and --version ({@code mixinStandardHelpOptions}). */");
      line("  private static CommandSpec standardHelpOptions(IFactory f) {");
      line("    boolean[] asked = new boolean[2];");
      line("    CommandSpec s = CommandSpec.wrapWithoutInspection(asked, f);");
      helpOption("\"-h\", \"--help\"", "usageHelp", "Show this help message and exit.",
          "mixinStandardHelpOptions.help", "helpRequested", 0);
      helpOption("\"-V\", \"--version\"", "versionHelp", "Print version information and exit.",
          "mixinStandardHelpOptions.version", "versionRequested", 1);
      line("    return s;");
      line("  }");
      line("");
      line("  /** One of the flags of the help options. */");
      line("  private static final class Asked implements IGetter, ISetter {");
      line("    private final boolean[] asked;");
      line("    private final int i;");
      line("");
      line("    Asked(boolean[] asked, int i) {");
      line("      this.asked = asked;");
      line("      this.i = i;");
      line("    }");
      line("");
      line("    @Override");
      line("    @SuppressWarnings(\"unchecked\")");
      line("    public <T> T get() {");
      line("      return (T) Boolean.valueOf(asked[i]);");
      line("    }");
      line("");
      line("    @Override");
      line("    public <T> T set(T value) {");
      line("      T old = get();");
      line("      asked[i] = (Boolean) value;");
      line("      return old;");
      line("    }");
      line("  }");
    }

    private void helpOption(String names, String kind, String description, String key,
        String field, int i) {
      line("    s.addOption(OptionSpec.builder(" + names + ")");
      line("        ." + kind + "(true)");
      line("        .paramLabel(" + literal("<" + field + ">") + ")");
      line("        .prompt(\"\")");
      line("        .withToString(" + literal("field boolean picocli.CommandLine$AutoHelpMixin."
          + field) + ")");
      line("        .type(boolean.class)");
      line("        .description(" + literal(description) + ")");
      line("        .descriptionKey(" + literal(key) + ")");
      line("        .initialValue(false)");
      line("        .getter(new Asked(asked, " + i + "))");
      line("        .setter(new Asked(asked, " + i + "))");
      line("        .build());");
    }

    /** The class that reads and writes the annotated fields of one command or mixin. */
    private void slotClass(TypeElement owner, List<String> fields) {
      String type = name(owner);
      // a generic owner's fields are set through its raw type, for any type argument
      boolean generic = !owner.getTypeParameters().isEmpty();
      line("");
      line("  /** Reads and writes the annotated fields of {@link " + type + "}. */");
      if (generic) {
        line("  @SuppressWarnings(\"rawtypes\")");
      }
      line("  private static final class " + slotName(owner) + " implements IGetter, ISetter {");
      line("    private final " + type + " o;");
      line("    private final int field;");
      line("");
      line("    " + slotName(owner) + "(" + type + (generic ? "<?>" : "") + " o, int field) {");
      line("      this.o = o;");
      line("      this.field = field;");
      line("    }");
      line("");
      line("    @Override");
      line("    @SuppressWarnings(\"unchecked\")");
      line("    public <T> T get() {");
      line("      switch (field) {");
      for (int i = 0; i < fields.size(); i++) {
        String p = fields.get(i);
        int dot = p.indexOf('.');
        if (dot < 0) {
          line("        case " + i + ": return (T) (Object) o." + p + ";");
        } else {
          line("        case " + i + ": return o." + p.substring(0, dot) + " == null ? null : (T) "
              + "(Object) o." + p + ";");
        }
      }
      line("        default: throw new IllegalStateException(\"no field \" + field);");
      line("      }");
      line("    }");
      line("");
      line("    @Override");
      line("    @SuppressWarnings(\"unchecked\")");
      line("    public <T> T set(T value) {");
      line("      T old = get();");
      line("      switch (field) {");
      for (int i = 0; i < fields.size(); i++) {
        String p = fields.get(i);
        VariableElement f = field(owner, p);
        String cast = boxed(f.asType());
        int dot = p.indexOf('.');
        if (dot >= 0) {
          String group = p.substring(0, dot);
          line("        case " + i + ":");
          line("          if (o." + group + " == null) {");
          line("            o." + group + " = new " + name((TypeElement) ((DeclaredType)
              field(owner, group).asType()).asElement()) + "();");
          line("          }");
          line("          o." + p + " = (" + cast + ") value;");
          line("          break;");
        } else {
          line("        case " + i + ": o." + p + " = (" + cast + ") value; break;");
        }
      }
      line("        default: throw new IllegalStateException(\"no field \" + field);");
      line("      }");
      line("      return old;");
      line("    }");
      line("  }");
    }

    /** The field at {@code path} (a field, or a group's field and one of its fields). */
    private VariableElement field(TypeElement owner, String path) {
      TypeElement t = owner;
      VariableElement found = null;
      for (String part : path.split("\\.")) {
        found = null;
        for (VariableElement f : ElementFilter.fieldsIn(t.getEnclosedElements())) {
          if (f.getSimpleName().contentEquals(part)) {
            found = f;
          }
        }
        if (found == null) {
          throw new Unsupported(owner, "no field " + path);
        }
        if (found.asType() instanceof DeclaredType d) {
          t = (TypeElement) d.asElement();
        }
      }
      return found;
    }

    private String slotName(TypeElement owner) {
      return owner.getSimpleName() + "Fields";
    }

    /** A command, mixin or group class: no superclass but Object, no annotated static field. */
    private void plainClass(TypeElement c) {
      if (!c.getSuperclass().toString().equals("java.lang.Object")) {
        throw new Unsupported(c, "a command, mixin or group that extends " + c.getSuperclass());
      }
      if (c.getNestingKind().isNested() && !c.getModifiers().contains(Modifier.STATIC)) {
        throw new Unsupported(c, "an inner class: make it static");
      }
    }

    /**
     * A new object of class {@code c}, made by its constructor without arguments or by its
     * constructor that takes the context (the one type that such constructors take).
     */
    private String create(TypeElement c) {
      String diamond = c.getTypeParameters().isEmpty() ? "" : "<>";
      ExecutableElement withContext = null;
      for (ExecutableElement k : ElementFilter.constructorsIn(c.getEnclosedElements())) {
        if (k.getModifiers().contains(Modifier.PRIVATE)) {
          continue;
        }
        if (k.getParameters().isEmpty()) {
          return "new " + name(c) + diamond + "()";
        }
        if (k.getParameters().size() == 1) {
          withContext = k;
        }
      }
      if (withContext == null) {
        throw new Unsupported(c, "no constructor without arguments or with one");
      }
      TypeElement p = (TypeElement) ((DeclaredType) withContext.getParameters().get(0).asType())
          .asElement();
      if (context != null && !context.equals(p)) {
        throw new Unsupported(c, "its constructor takes " + p + ", another takes " + context);
      }
      context = p;
      return "new " + name(c) + diamond + "(context)";
    }

    /** The method that builds a class's model: its simple name, decapitalized. */
    private String method(TypeElement c) {
      String n = c.getSimpleName().toString();
      return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    /** The method that builds a mixin's model, named by its type arguments too if it has any. */
    private String method(DeclaredType d) {
      StringBuilder n = new StringBuilder(method((TypeElement) d.asElement()));
      for (TypeMirror a : d.getTypeArguments()) {
        if (!(a instanceof DeclaredType ad)) {
          throw new Unsupported(d.asElement(), "a mixin of type argument " + a);
        }
        n.append("Of").append(name((TypeElement) ad.asElement()).replace(".", ""));
      }
      return n.toString();
    }

    /** A class as source: its name in this package without the package, else its full name. */
    private String name(TypeElement c) {
      String n = c.getQualifiedName().toString();
      return n.startsWith(pkg + ".") ? n.substring(pkg.length() + 1) : n;
    }

    /** The erased type as source. */
    private String erasure(TypeMirror t) {
      if (t.getKind().isPrimitive()) {
        return t.toString();
      }
      if (t instanceof DeclaredType d) {
        return name((TypeElement) d.asElement());
      }
      return processingEnv.getTypeUtils().erasure(t).toString();
    }

    /** The type to cast a value to before it is stored in a field of type {@code t}. */
    private String boxed(TypeMirror t) {
      if (t.getKind().isPrimitive()) {
        return processingEnv.getTypeUtils()
            .boxedClass((javax.lang.model.type.PrimitiveType) t).getSimpleName().toString();
      }
      if (t instanceof DeclaredType d) {
        StringBuilder s = new StringBuilder(name((TypeElement) d.asElement()));
        if (!d.getTypeArguments().isEmpty()) {
          List<String> args = new ArrayList<>();
          for (TypeMirror a : d.getTypeArguments()) {
            args.add(boxed(a));
          }
          s.append("<").append(String.join(", ", args)).append(">");
        }
        return s.toString();
      }
      if (t.getKind() == TypeKind.TYPEVAR) {
        return processingEnv.getTypeUtils().erasure(t).toString();
      }
      return t.toString();
    }

    private boolean multiValue(TypeMirror t) {
      if (t.getKind() == TypeKind.ARRAY) {
        return true;
      }
      if (!(t instanceof DeclaredType)) {
        return false;
      }
      var types = processingEnv.getTypeUtils();
      var elements = processingEnv.getElementUtils();
      TypeMirror erased = types.erasure(t);
      return types.isAssignable(erased,
              types.erasure(elements.getTypeElement("java.util.Collection").asType()))
          || types.isAssignable(erased,
              types.erasure(elements.getTypeElement("java.util.Map").asType()));
    }

    /** How picocli names a field in its messages: "field TYPE DECLARING.NAME", binary names. */
    private String toString(VariableElement f) {
      return "field " + binary(f.asType()) + " "
          + processingEnv.getElementUtils().getBinaryName((TypeElement) f.getEnclosingElement())
          + "." + f.getSimpleName();
    }

    private String binary(TypeMirror t) {
      if (t instanceof DeclaredType d) {
        String n = processingEnv.getElementUtils().getBinaryName((TypeElement) d.asElement())
            .toString();
        if (n.startsWith("java.lang.") && n.indexOf('.', "java.lang.".length()) < 0) {
          n = n.substring("java.lang.".length());
        }
        if (d.getTypeArguments().isEmpty()) {
          return n;
        }
        List<String> args = new ArrayList<>();
        for (TypeMirror a : d.getTypeArguments()) {
          args.add(binary(a));
        }
        return n + "<" + String.join(", ", args) + ">";
      }
      return t.toString();
    }

    private String literals(List<String> values) {
      List<String> s = new ArrayList<>();
      for (String v : values) {
        s.add(literal(v));
      }
      return String.join(", ", s);
    }

    private void line(String s) {
      out.append(s).append('\n');
    }
  }

  /** A Java string literal. */
  static String literal(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}

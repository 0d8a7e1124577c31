package dev.qingdan.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qingdan completion bash|zsh}: a completion script generated from the commands. */
@Command(
    name = "completion",
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(qingdan completion bash)",
      "  qingdan completion zsh > ~/.zfunc/_qingdan"},
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print a shell completion script. Commands, options, formats, row ids and unit names "
          + "complete.",
      "bash: source <(qingdan completion bash)   zsh: source <(qingdan completion zsh)",
      "The same scripts are in the repository's completions/ folder."
    })
public final class CompletionCommand implements Callable<Integer>, Described {
  /** The shells qingdan completes in. */
  enum Shell {
    bash,
    zsh
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "The shell: ${COMPLETION-CANDIDATES}.")
  Shell shell;

  @Option(names = "--generate", hidden = true,
      description = "Generate the script from the commands instead of printing the bundled copy "
          + "(to update completions/).")
  boolean generate;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    // picocli's note: print with '\n', a Windows line separator breaks the script.
    out.print(generate ? script(QingdanCommand.commandLine(Terminal.pipe(), out,
        spec.commandLine().getErr()), shell) : bundled(shell));
    out.flush();
    return ExitCode.OK;
  }

  /**
   * The script of completions/ as built into the jar. A shell sources it at every start, so it is
   * printed as it is: generating it builds every command and reads the checklist for the row ids
   * and unit names. A test keeps completions/ equal to what {@link #script} generates.
   */
  static String bundled(Shell shell) throws IOException {
    String name = "/dev/qingdan/completions/" + FILES.get(shell);
    try (InputStream in = CompletionCommand.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The file of each shell in completions/. */
  static final Map<Shell, String> FILES = Map.of(Shell.bash, "qingdan.bash", Shell.zsh, "_qingdan");

  /** The script for {@code shell}. */
  static String script(CommandLine root, Shell shell) {
    String bash = AutoComplete.bash("qingdan", root).replace("\r\n", "\n");
    // --unit=VALUE: bash splits the word at '=' (COMP_WORDBREAKS), so the option is one word
    // further back than picocli's script looks, and the '=' itself is no part of the value.
    bash = bash.replace(PREV_WORD, PREV_WORD
        + "  if [[ ${curr_word} == \"=\" ]]; then curr_word=\"\"; fi\n"
        + "  if [[ ${prev_word} == \"=\" ]]; then prev_word=${COMP_WORDS[COMP_CWORD-2]}; fi\n");
    bash = bash.replace(ARRAY_WORD, ARRAY_WORD
        + "  if [[ ${curr_word} == \"=\" ]]; then curr_word=\"\"; fi\n");
    if (shell == Shell.bash) {
      return bash;
    }
    // zsh runs the bash script through its bash emulation (bashcompinit). zsh has no compopt,
    // and the alias picocli defines for it is not seen by functions parsed with the same file.
    bash = bash.replace("  alias compopt=complete\n", "  compopt() { return 0; }\n");
    return "#compdef qingdan\n"
        + "# zsh: bash completion through zsh's bash emulation (bashcompinit). Works when sourced\n"
        + "# (source <(qingdan completion zsh)) and when autoloaded from a directory on fpath.\n"
        + bash
        + zsh(root)
        + "\n# Autoloaded from fpath, this file is the body of _qingdan, run for the TAB that "
        + "loaded\n"
        + "# it: the compdef above serves the TABs after it, this one completes now.\n"
        + "if [[ ${funcstack[1]-} == _qingdan ]]; then\n"
        + "  _qingdan_zsh\n"
        + "fi\n";
  }

  /**
   * zsh's own completion where the bash emulation falls short: it drops {@code compopt -o
   * filenames}, so a directory completed as a bash word gets a space and no '/', and its default
   * completion offers files for a value that is no path (a date). A path option's value is
   * {@code _files} ({@code _files -/} for a DIR), any other value without candidates a
   * {@code _message} of its label; the rest is the bash functions' work.
   */
  private static String zsh(CommandLine root) {
    List<String> files = new ArrayList<>();
    List<String> dirs = new ArrayList<>();
    Map<String, List<String>> messages = new LinkedHashMap<>();
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      for (OptionSpec o : sub.getValue().getCommandSpec().options()) {
        if (o.arity().max() == 0) {
          continue;
        }
        List<String> into = isPath(o) ? (o.paramLabel().equals("DIR") ? dirs : files)
            : o.completionCandidates() == null
                ? messages.computeIfAbsent(o.paramLabel(), k -> new ArrayList<>()) : null;
        if (into != null) {
          for (String name : o.names()) {
            into.add("'" + sub.getKey() + " " + name + "'");
          }
        }
      }
    }
    Map<String, List<String>> actions = new LinkedHashMap<>();
    actions.put("_files", files);
    actions.put("_files -/", dirs);
    messages.forEach((label, opts) -> actions.put("_message '" + label + "'", opts));
    StringBuilder cases = new StringBuilder();
    actions.forEach((action, opts) -> {
      if (!opts.isEmpty()) {
        cases.append("    (").append(String.join("|", opts)).append(") ").append(action)
            .append("; return ;;\n");
      }
    });
    return "\n# zsh: paths as zsh completes them (a directory ends in '/', "
        + "with no space after it),\n"
        + "# nothing but a hint for a value that is no path; the rest from the functions above.\n"
        + "function _qingdan_zsh() {\n"
        + "  local cmd option=${words[CURRENT-1]} i\n"
        + "  for (( i = 2; i < CURRENT; i++ )); do\n"
        + "    if [[ ${words[i]} != -* ]]; then cmd=${words[i]}; break; fi\n"
        + "  done\n"
        + "  if [[ ${words[CURRENT]} == -*=* ]]; then\n"
        + "    option=${words[CURRENT]%%=*}\n"
        + "    compset -P '*='\n"
        + "  fi\n"
        + "  case \"$cmd $option\" in\n"
        + cases
        + "  esac\n"
        + "  _bash_complete -F _complete_qingdan -o default\n"
        + "}\n"
        + "compdef _qingdan_zsh qingdan qingdan.sh qingdan.bash\n";
  }

  /** Whether an option's value is a path (one, or one of a list). */
  private static boolean isPath(OptionSpec o) {
    for (Class<?> t : o.auxiliaryTypes()) {
      if (Path.class.isAssignableFrom(t) || File.class.isAssignableFrom(t)) {
        return true;
      }
    }
    return Path.class.isAssignableFrom(o.type()) || File.class.isAssignableFrom(o.type());
  }

  private static final String ARRAY_WORD = "  local curr_word=${COMP_WORDS[COMP_CWORD]}\n"
      + "  local i\n";
  private static final String PREV_WORD = "  local prev_word=${COMP_WORDS[COMP_CWORD-1]}\n";

  @Override
  public List<List<String>> training() {
    return List.of(
        List.of("completion", "bash"));
  }
}

package dev.qingdan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qingdan completion bash|zsh}: a completion script generated from the commands. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print a shell completion script. Commands, options, formats, row ids and unit names complete.",
      "bash: source <(qingdan completion bash)   zsh: source <(qingdan completion zsh)",
      "The same scripts are in the repository's completions/ folder."
    })
public final class CompletionCommand implements Callable<Integer> {
  /** The shells qingdan completes in. */
  enum Shell {
    bash,
    zsh
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "The shell: ${COMPLETION-CANDIDATES}.")
  Shell shell;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    // picocli's note: print with '\n', a Windows line separator breaks the script.
    out.print(script(spec.root().commandLine(), shell));
    out.flush();
    return ExitCode.OK;
  }

  /** The script for {@code shell}. */
  static String script(CommandLine root, Shell shell) {
    String bash = AutoComplete.bash("qingdan", root).replace("\r\n", "\n");
    if (shell == Shell.bash) {
      return bash;
    }
    // zsh runs the bash script through its bash-completion emulation.
    return "#compdef qingdan\n"
        + "autoload -U +X compinit && compinit\n"
        + "autoload -U +X bashcompinit && bashcompinit\n"
        + bash;
  }
}

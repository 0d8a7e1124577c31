package dev.qingdan.cli;

import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.DidYouMean;
import dev.qingdan.load.InputException;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.text.Msg;
import dev.qingdan.load.Problem;
import dev.qingdan.load.git.Revisions;
import dev.qingdan.load.Severity;
import dev.qingdan.load.SourceText;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.UnitRegister;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** Finds and loads the checklist a command works on. */
final class Policies {
  static final String DEFAULT = Revisions.DEFAULT;
  static final String BUNDLED = "/dev/qingdan/data/policies.yaml";
  /** How the bundled checklist is named in messages and output. */
  static final String BUNDLED_NAME = "(bundled) " + DEFAULT;

  private Policies() {}

  /**
   * The checklist named by {@code -p}, else the bundled example where {@code --example} asks for
   * it, else ./policies.yaml. A checklist that fails validation is trouble (exit 2) with
   * validate's errors: no command works on a wrong checklist. Warnings do not stop it.
   */
  static Checklist load(CommonOptions o) {
    LoadedChecklist lc;
    try {
      lc = loadRaw(o);
    } catch (InputException e) {
      throw UserException.of(e);
    }
    List<Problem> errors = o.checklist.validate(lc).stream() // checked ahead where read ahead
        .filter(p -> p.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty() || lc.checklist() == null) {
      throw UserException.of(errors);
    }
    return lc.checklist();
  }

  /** Loads without judging: validate reports the problems itself. */
  static LoadedChecklist loadRaw(CommonOptions o) throws InputException {
    if (bundledIf(o) != null) {
      return bundled();
    }
    if (o.policies != null) {
      return ChecklistReader.read(o.policies, o.policies.toString(), o.links());
    }
    Path here = Path.of(DEFAULT);
    if (!Files.exists(here, LinkOption.NOFOLLOW_LINKS)) {
      throw Revisions.noDefault();
    }
    return o.checklist.read(here, DEFAULT, o.links());
  }


  /** Reads the bundled example where {@code --example} asks for it, else nothing. */
  static Revisions.Bundled bundledIf(CommonOptions o) {
    if (o.policies != null && o.example) {
      throw new UserException(ExitCode.TROUBLE, Msg.of("-p and --example both name a checklist; "
          + "give one of them"));
    }
    return o.example ? Policies::bundled : null;
  }

  static LoadedChecklist bundled() throws InputException {
    try (InputStream in = Policies.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the bundled checklist is missing from the jar");
      }
      return ChecklistReader.parse(BUNDLED_NAME, SourceText.decode(DEFAULT,
          in.readAllBytes()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled checklist", e);
    }
  }

  /**
   * Which unit names written in {@code c} stand for {@code unit}, as {@code --unit} gives it; an
   * unknown unit is trouble, with a suggestion.
   */
  static Predicate<String> unit(Checklist c, String unit) {
    UnitRegister reg = UnitRegister.of(c);
    return reg.matcher(unit).orElseThrow(() -> new UserException(ExitCode.TROUBLE,
        Msg.of("unknown unit '%s'%s", unit, DidYouMean.hint(unit, reg.allNames()))));
  }
}

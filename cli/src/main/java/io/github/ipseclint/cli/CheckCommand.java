// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import io.github.ipseclint.engine.LintRequest;
import io.github.ipseclint.engine.LintResult;
import io.github.ipseclint.engine.Linter;
import io.github.ipseclint.engine.RuleRegistry;
import io.github.ipseclint.engine.baseline.Baseline;
import io.github.ipseclint.engine.baseline.BaselineFile;
import io.github.ipseclint.engine.config.ConfigException;
import io.github.ipseclint.engine.config.ConfigLoader;
import io.github.ipseclint.engine.config.FailOn;
import io.github.ipseclint.engine.config.LintConfig;
import io.github.ipseclint.report.ReportInput;
import io.github.ipseclint.report.TextReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ipseclint [check] [PATH...]}: lints files and directories and prints the findings. */
@Command(name = "ipseclint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lints strongSwan and Libreswan IPsec configurations "
        + "(ipsec.conf, swanctl.conf, strongswan.conf, ipsec.secrets).",
    subcommands = {CheckCommand.Check.class, DumpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:nothing at or above the --fail-on level", "1:findings at or above it",
        "2:usage, configuration or I/O error"})
final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ReadOptions readOptions;

  @Mixin
  LintOptions lintOptions;

  @Mixin
  OutputOptions outputOptions;

  @Option(names = "--stdin-filename", paramLabel = "NAME",
      description = "The file name standard input (the path -) is read as, e.g. ipsec.secrets (default: stdin).")
  String stdinFilename;

  /** The environment: NO_COLOR, FORCE_COLOR and GITHUB_STEP_SUMMARY are read from it. */
  Map<String, String> environment = System.getenv();

  /** Standard input, for the path {@code -}. */
  InputStream stdin = System.in;

  @Option(names = "--list-rules", description = "List every rule: id, default severity, tags, description.")
  boolean listRules;

  @Option(names = "--explain", paramLabel = "RULE", description = "Print the help of a rule.")
  String explain;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files and directories to check, - for standard input (default: the current directory).")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (listRules) {
      return RuleCatalog.list(RuleRegistry.discover(), out);
    }
    if (explain != null) {
      return RuleCatalog.explain(RuleRegistry.discover(), explain, out, spec.commandLine().getErr());
    }
    return check(spec, this, new Invocation(readOptions, lintOptions, outputOptions, stdinFilename), paths);
  }

  /** The options of one check run, from the command with or without the word {@code check}. */
  record Invocation(ReadOptions read, LintOptions lint, OutputOptions output, String stdinFilename) {}

  static int check(CommandSpec spec, CheckCommand root, Invocation invocation, List<Path> paths) {
    if (!paths.contains(Path.of("-"))) {
      return check(spec, root, invocation, paths, Optional.empty());
    }
    String name = invocation.stdinFilename() == null ? "stdin" : invocation.stdinFilename();
    if (!StandardInput.isValidName(name)) {
      throw new ParameterException(spec.commandLine(), "bad --stdin-filename '" + name
          + "'; give a relative file name such as ipsec.secrets or swanctl/swanctl.conf");
    }
    try (StandardInput input = StandardInput.read(root.stdin, name)) {
      List<Path> replaced = paths.stream().map(path -> path.equals(Path.of("-")) ? input.file() : path).toList();
      return check(spec, root, invocation, replaced,
          Optional.of(new ReportInput.StdinAlias(input.scannedName(), Path.of(name).normalize().toString())));
    } catch (IOException e) {
      spec.commandLine().getErr().println("ipseclint: cannot read standard input (" + e.getClass().getSimpleName() + ")");
      return ExitCode.USAGE;
    }
  }

  private static int check(CommandSpec spec, CheckCommand root, Invocation invocation, List<Path> paths,
      Optional<ReportInput.StdinAlias> stdinAlias) {
    ReadOptions readOptions = invocation.read();
    LintOptions lintOptions = invocation.lint();
    List<OutputOptions.Target> targets = invocation.output().targets();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RuleRegistry registry = RuleRegistry.discover();
    LintConfig config;
    try {
      config = ConfigLoader.resolve(lintOptions.config(), Path.of(""), registry);
    } catch (ConfigException e) {
      err.println("ipseclint: bad configuration: " + e.getMessage());
      return ExitCode.USAGE;
    }
    Optional<Baseline> baseline = Optional.empty();
    if (lintOptions.baseline().isPresent()) {
      try {
        baseline = Optional.of(BaselineFile.read(lintOptions.baseline().get()));
      } catch (IOException e) {
        err.println("ipseclint: cannot read the baseline " + lintOptions.baseline().get()
            + " (" + e.getClass().getSimpleName() + ")");
        return ExitCode.USAGE;
      }
    }
    config = lintOptions.apply(config);
    LocalDate today = LocalDate.now();
    LocalDate asOf = lintOptions.asOf().orElse(today);
    FailOn failOn = lintOptions.failOn().or(config::failOn).orElse(FailOn.ERROR);
    List<Path> scanned = paths.isEmpty() ? List.of(Path.of(".")) : paths;
    LintResult result;
    try {
      result = new Linter(registry).run(new LintRequest(scanned, readOptions.toParseOptions(), readOptions.root(),
          config, baseline, lintOptions.includeSuppressed, today, asOf).withChangedFiles(lintOptions.changedFiles()));
    } catch (NoSuchFileException e) {
      err.println("ipseclint: " + e.getFile() + ": no such file or directory");
      return ExitCode.USAGE;
    }
    ReportInput report = new ReportInput(result, registry, VersionProvider.tool(), stdinAlias);
    if (!Reports.write(report, targets, invocation.output(), root.environment, out, err)) {
      return ExitCode.USAGE;
    }
    err.println("ipseclint: " + TextReport.summary(result));
    if (baseline.isPresent()) {
      err.println("ipseclint: " + plural(result.baselined().size(), "finding") + " already in the baseline");
    }
    if (lintOptions.writeBaseline().isPresent()) {
      Path target = lintOptions.writeBaseline().get();
      Baseline written = result.toBaseline();
      try {
        BaselineFile.write(target, written);
      } catch (IOException e) {
        err.println("ipseclint: cannot write the baseline " + target + " (" + e.getClass().getSimpleName() + ")");
        return ExitCode.USAGE;
      }
      err.println("ipseclint: wrote " + plural(written.findings().size(), "finding") + " to " + target);
    }
    return result.fails(failOn) ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** {@code ipseclint check [PATH...]}, the same as without the word. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Check files and directories (the default command).")
  static final class Check implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReadOptions readOptions;

    @Mixin
    LintOptions lintOptions;

    @Mixin
    OutputOptions outputOptions;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
        description = "The file name standard input (the path -) is read as, e.g. ipsec.secrets (default: stdin).")
    String stdinFilename;

    @ParentCommand
    CheckCommand parent;

    @Parameters(paramLabel = "PATH", arity = "0..*",
        description = "Files and directories to check, - for standard input (default: the current directory).")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
      return check(spec, parent, new Invocation(readOptions, lintOptions, outputOptions, stdinFilename), paths);
    }
  }
}

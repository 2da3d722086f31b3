// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.parse.scan.ConfigScanner;
import io.github.ipseclint.parse.scan.ScanRequest;
import io.github.ipseclint.parse.scan.ScanResult;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ipseclint [check] [PATH...]}: scans files and directories and prints the findings. */
@Command(name = "ipseclint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lints strongSwan and Libreswan IPsec configurations "
        + "(ipsec.conf, swanctl.conf, strongswan.conf, ipsec.secrets).",
    subcommands = {CheckCommand.Check.class, DumpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no errors", "1:errors found", "2:usage or I/O error"})
final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ReadOptions readOptions;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files and directories to check (default: the current directory).")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    return check(spec, readOptions, paths);
  }

  static int check(CommandSpec spec, ReadOptions readOptions, List<Path> paths) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> scanned = paths.isEmpty() ? List.of(Path.of(".")) : paths;
    ScanResult result;
    try {
      result = new ConfigScanner().scan(
          new ScanRequest(scanned, readOptions.toParseOptions(), readOptions.root()));
    } catch (NoSuchFileException e) {
      err.println("ipseclint: " + e.getFile() + ": no such file or directory");
      return ExitCode.USAGE;
    }
    for (Finding finding : result.findings()) {
      out.println(finding.toLine());
    }
    out.flush();
    err.println("ipseclint: " + summary(result));
    return result.count(Severity.ERROR) > 0 ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  private static String summary(ScanResult result) {
    return plural(result.count(Severity.ERROR), "error") + ", "
        + plural(result.count(Severity.WARNING), "warning") + ", "
        + plural(result.count(Severity.NOTE), "note") + " in "
        + plural(result.files().stream().mapToLong(file -> file.document().files().size()).sum(), "file");
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

    @Parameters(paramLabel = "PATH", arity = "0..*",
        description = "Files and directories to check (default: the current directory).")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
      return check(spec, readOptions, paths);
    }
  }
}

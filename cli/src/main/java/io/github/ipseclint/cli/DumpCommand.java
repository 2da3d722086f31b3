// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.parse.dump.DocumentDump;
import io.github.ipseclint.parse.dump.ModelDump;
import io.github.ipseclint.parse.scan.ConfigScanner;
import io.github.ipseclint.parse.scan.ScanRequest;
import io.github.ipseclint.parse.scan.ScanResult;
import io.github.ipseclint.parse.scan.ScannedFile;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ipseclint dump FILE...}: the syntax tree of each file and its includes and the resolved
 * structure, every node with its span; for rule authors and bug reports. Secret values are
 * never shown.
 */
@Command(name = "dump", mixinStandardHelpOptions = true,
    description = "Print the syntax tree and the resolved sections of each file, with positions.")
final class DumpCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ReadOptions readOptions;

  @Option(names = "--model",
      description = "Print the normalized connections (every default applied and marked) and the secrets "
          + "(type, owners and key length only) instead of the syntax trees.")
  boolean model;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to dump.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ScanResult result;
    try {
      result = new ConfigScanner().scan(new ScanRequest(files, readOptions.toParseOptions(), readOptions.root()));
    } catch (NoSuchFileException e) {
      spec.commandLine().getErr().println("ipseclint: " + e.getFile() + ": no such file or directory");
      return ExitCode.USAGE;
    }
    if (model) {
      out.print(ModelDump.render(result.model()));
    }
    for (ScannedFile file : model ? List.<ScannedFile>of() : result.files()) {
      file.detection().ifPresent(verdict -> out.println("# dialect " + verdict.dialect().label()
          + (verdict.conclusive() ? "" : " (not conclusive)") + ": " + verdict.evidence()));
      out.print(DocumentDump.render(file.document()));
    }
    if (!result.findings().isEmpty()) {
      out.println("findings");
      for (Finding finding : result.findings()) {
        out.println("  " + finding.toLine());
      }
    }
    out.flush();
    return ExitCode.CLEAN;
  }
}

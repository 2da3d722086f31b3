// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.benchmarks;

import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.ConfigReader;
import io.github.ipseclint.parse.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse throughput per format over the shared corpus (the daemons' test suites): one operation
 * reads every corpus file of one format, in memory, including syntax tree, structure resolution
 * and findings. {@code benchmarks/run.sh} turns operations per second into MB/s with the byte
 * count this class prints at setup. {@link #readAll} is the headline figure; {@link #lexAll} and
 * {@link #parseAll} ({@code benchmarks/run.sh stages}) show how much of it the grammar stages take.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseThroughputBenchmark {

  @Param({"strongswan:ipsec.conf", "libreswan:ipsec.conf", "strongswan:swanctl.conf",
      "strongswan:strongswan.conf", "strongswan:ipsec.secrets", "libreswan:ipsec.secrets"})
  public String format;

  private final List<SourceFile> files = new ArrayList<>();
  private FileKind kind;
  private Implementation dialect;
  private ConfigReader reader;
  private GrammarStages stages;

  @Setup(Level.Trial)
  public void load() throws IOException {
    String[] parts = format.split(":");
    dialect = Implementation.fromLabel(parts[0]).orElseThrow();
    kind = FileKind.fromLabel(parts[1]).orElseThrow();
    Path corpus = Path.of(System.getProperty("ipseclint.corpus", "../shared/corpus"));
    long bytes = 0;
    for (String project : List.of("strongswan", "libreswan")) {
      Path root = corpus.resolve(project);
      List<String> manifest = Files.readAllLines(root.resolve("MANIFEST.tsv"));
      for (String line : manifest.subList(1, manifest.size())) {
        String[] cells = line.split("\t", -1);
        if (cells[4].equals(kind.label()) && cells[5].equals(dialect.label())) {
          Path file = root.resolve(cells[0]);
          SourceFile source = SourceFile.of(cells[0], file, Files.readAllBytes(file));
          files.add(source);
          bytes += source.size();
        }
      }
    }
    // A root without the corpus' absolute include targets: includes cost a failed lookup only.
    stages = GrammarStages.of(kind, dialect);
    reader = new ConfigReader(ParseOptions.defaults(Files.createTempDirectory("ipseclint-bench")), Path::toString);
    System.err.printf("# corpus %s: %d files, %d bytes per operation%n", format, files.size(), bytes);
  }

  /** The headline figure: what a user's scan calls per file. */
  @Benchmark
  public void readAll(Blackhole sink) {
    for (SourceFile file : files) {
      sink.consume(reader.read(file, kind, dialect));
    }
  }

  /** The lexer alone, to show how much of {@link #readAll} it takes. */
  @Benchmark
  public void lexAll(Blackhole sink) {
    for (SourceFile file : files) {
      sink.consume(stages.lex(file));
    }
  }

  /**
   * Lexer and parser with ANTLR's defaults (parse tree, default error strategy), without the
   * syntax tree records and resolution: an upper bound of the readers' grammar stage, which
   * builds no parse tree for most formats and parses with the bail-out strategy first.
   */
  @Benchmark
  public void parseAll(Blackhole sink) {
    for (SourceFile file : files) {
      sink.consume(stages.parse(file));
    }
  }
}

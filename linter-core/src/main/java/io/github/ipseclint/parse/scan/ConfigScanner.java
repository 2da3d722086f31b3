// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.scan;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.ipsec.IpsecModel;
import io.github.ipseclint.parse.model.ModelBuilder;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.ConfigReader;
import io.github.ipseclint.parse.ParseOptions;
import io.github.ipseclint.parse.ReadResult;
import io.github.ipseclint.parse.detect.DialectDetector;
import io.github.ipseclint.parse.detect.DialectVerdict;
import io.github.ipseclint.parse.detect.FileKindByName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads everything a scan names: walks directories for files of a known kind, detects each
 * file's kind and dialect (unless given), reads the daemons' main files first and skips files
 * that an earlier file already included, so each file is read once and in the context a daemon
 * reads it in.
 */
public final class ConfigScanner {
  /** Directories that never hold configuration worth linting. */
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".hg", ".svn", "target", "node_modules");

  private final Path workingDirectory = Path.of("").toAbsolutePath();

  /**
   * Scans the request's paths.
   *
   * @throws NoSuchFileException when a named path does not exist (a usage error, not a finding)
   */
  public ScanResult scan(ScanRequest request) throws NoSuchFileException {
    List<Candidate> candidates = new ArrayList<>();
    for (Path path : request.paths()) {
      collect(path, request, candidates);
    }
    candidates.sort(Comparator.comparing((Candidate c) -> !FileKindByName.isMainFile(c.path()))
        .thenComparing(c -> c.path().toString()));

    Set<Path> alreadyRead = new HashSet<>();
    List<ScannedFile> scanned = new ArrayList<>();
    Set<Finding> findings = new LinkedHashSet<>();
    for (Candidate candidate : candidates) {
      Path absolute = candidate.path().toAbsolutePath().normalize();
      if (!alreadyRead.add(absolute)) {
        continue;
      }
      read(candidate, request, alreadyRead, scanned, findings);
    }
    IpsecModel model = new ModelBuilder().build(scanned.stream().map(ScannedFile::document).toList());
    findings.addAll(model.findings());
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing((Finding f) -> f.span().file().displayPath())
        .thenComparingInt(f -> f.span().line())
        .thenComparingInt(f -> f.span().column())
        .thenComparing(f -> f.rule().value()));
    return new ScanResult(scanned, model, sorted);
  }

  private void collect(Path path, ScanRequest request, List<Candidate> candidates) throws NoSuchFileException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "no such file or directory");
    }
    Path root = request.explicitRoot().orElse(Files.isDirectory(path) ? path : parentOf(path));
    if (!Files.isDirectory(path)) {
      if (!request.policy().accepts(path)) {
        return;
      }
      Optional<FileKind> kind = request.options().kind().or(() -> FileKindByName.of(path));
      candidates.add(new Candidate(path, kind, root));
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(Files::isRegularFile)
          .filter(file -> !inSkippedDirectory(path, file))
          .filter(file -> request.policy().accepts(file))
          .forEach(file -> {
            Optional<FileKind> kind = FileKindByName.of(file);
            if (kind.isPresent()) {
              candidates.add(new Candidate(file, request.options().kind().or(() -> kind), root));
            }
          });
    } catch (IOException | java.io.UncheckedIOException e) {
      // A directory that cannot be walked shows up as unreadable files below; nothing to add.
    }
  }

  private static boolean inSkippedDirectory(Path top, Path file) {
    Path relative = top.relativize(file);
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      if (SKIPPED_DIRECTORIES.contains(relative.getName(i).toString())) {
        return true;
      }
    }
    return false;
  }

  private static Path parentOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? file.toAbsolutePath() : parent;
  }

  private void read(Candidate candidate, ScanRequest request, Set<Path> alreadyRead,
      List<ScannedFile> scanned, Set<Finding> findings) {
    SourceFile file;
    try {
      file = SourceFile.of(displayName(candidate.path()), candidate.path().toAbsolutePath().normalize(),
          Files.readAllBytes(candidate.path()));
    } catch (IOException e) {
      SourceFile empty = SourceFile.of(displayName(candidate.path()), candidate.path(), new byte[0]);
      findings.add(Finding.of(CoreRule.UNREADABLE_FILE, new Span(empty, 1, 1, 1, 1),
          "cannot read the file: " + e.getClass().getSimpleName().replace("Exception", "")));
      return;
    }
    if (candidate.kind().isEmpty()) {
      findings.add(Finding.of(CoreRule.UNREADABLE_FILE, new Span(file, 1, 1, 1, 1),
          "cannot tell which kind of configuration this is; name it with --kind "
              + "ipsec.conf|swanctl.conf|strongswan.conf|ipsec.secrets"));
      return;
    }
    FileKind kind = candidate.kind().get();
    ParseOptions options = request.policy().optionsFor(candidate.path(), request.options()).withRoot(candidate.root());
    ConfigReader reader = new ConfigReader(options, this::displayName);
    Optional<DialectVerdict> detection = Optional.empty();
    Implementation dialect = options.dialect().orElse(Implementation.STRONGSWAN);
    if (kind.hasDialects() && options.dialect().isEmpty()) {
      DialectVerdict verdict = DialectDetector.detect(file, kind, reader, candidate.path());
      detection = Optional.of(verdict);
      dialect = verdict.dialect();
      DialectDetector.finding(file, kind, verdict).ifPresent(findings::add);
    }
    ReadResult result = reader.read(file, kind, dialect);
    Document document = result.document();
    document.files().forEach(included -> included.path().ifPresent(p -> alreadyRead.add(p.toAbsolutePath().normalize())));
    findings.addAll(result.findings());
    scanned.add(new ScannedFile(document, dialect, detection));
  }

  /** A path as findings name it: relative to the working directory when below it. */
  private String displayName(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(workingDirectory)
        ? workingDirectory.relativize(absolute).toString()
        : absolute.toString();
  }

  private record Candidate(Path path, Optional<FileKind> kind, Path root) {}
}

// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.detect;

import io.github.ipseclint.model.conf.ConfDocument;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.ConfigReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides whether an {@code ipsec.conf} or {@code ipsec.secrets} is strongSwan's or Libreswan's
 * (formats.md §7.4–7.5): from its content first, then from the files beside it. Without any
 * evidence it is read as strongSwan, the format's origin.
 */
public final class DialectDetector {
  private static final Implementation FALLBACK = Implementation.STRONGSWAN;

  private DialectDetector() {}

  public static DialectVerdict detect(SourceFile file, FileKind kind, ConfigReader reader, Path path) {
    List<Evidence> evidence = new ArrayList<>();
    if (kind == FileKind.IPSEC_CONF) {
      evidence.addAll(confEvidence(file, reader));
    } else {
      evidence.addAll(SecretsDialectEvidence.of(file, reader));
      siblingConf(path, reader).ifPresent(verdict -> {
        if (verdict.conclusive()) {
          evidence.add(new Evidence(verdict.dialect(), true,
              "the " + verdict.dialect().label() + " ipsec.conf beside it", new Span(file, 1, 1, 1, 1)));
        }
      });
    }
    evidence.addAll(surroundings(file, path));
    return DialectVerdict.weigh(evidence, FALLBACK);
  }

  /** A note when nothing decided, a warning when the evidence conflicts. */
  public static Optional<Finding> finding(SourceFile file, FileKind kind, DialectVerdict verdict) {
    if (verdict.conclusive()) {
      return Optional.empty();
    }
    Span start = new Span(file, 1, 1, 1, 1);
    List<Evidence> strongswan = verdict.decisiveFor(Implementation.STRONGSWAN);
    List<Evidence> libreswan = verdict.decisiveFor(Implementation.LIBRESWAN);
    if (!strongswan.isEmpty() && !libreswan.isEmpty()) {
      return Optional.of(Finding.of(CoreRule.AMBIGUOUS_DIALECT, Severity.WARNING, start,
          "this " + kind.label() + " mixes strongSwan (" + list(strongswan) + ") and Libreswan ("
              + list(libreswan) + ") syntax; read as " + verdict.dialect().label()
              + "; pass --dialect to choose"));
    }
    return Optional.of(Finding.of(CoreRule.AMBIGUOUS_DIALECT, start,
        "nothing in this " + kind.label() + " is specific to strongSwan or Libreswan; read as "
            + verdict.dialect().label() + "; pass --dialect to choose"));
  }

  private static String list(List<Evidence> evidence) {
    return evidence.stream().limit(3).map(Evidence::toString).collect(Collectors.joining(", "));
  }

  private static List<Evidence> confEvidence(SourceFile file, ConfigReader reader) {
    ConfDocument document = (ConfDocument) reader.read(file, FileKind.IPSEC_CONF, Implementation.STRONGSWAN).document();
    return document.trees().isEmpty()
        ? List.of()
        : ConfDialectEvidence.of(document.trees().get(0), FALLBACK).evidence();
  }

  private static Optional<DialectVerdict> siblingConf(Path path, ConfigReader reader) {
    Path sibling = path.toAbsolutePath().resolveSibling("ipsec.conf");
    if (!Files.isRegularFile(sibling)) {
      return Optional.empty();
    }
    try {
      SourceFile conf = SourceFile.of(sibling.toString(), sibling, Files.readAllBytes(sibling));
      List<Evidence> evidence = confEvidence(conf, reader);
      return Optional.of(DialectVerdict.weigh(evidence, FALLBACK));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Weak hints: a strongSwan tree (swanctl/, strongswan.conf) beside the file. */
  private static List<Evidence> surroundings(SourceFile file, Path path) {
    Path directory = path.toAbsolutePath().getParent();
    if (directory == null) {
      return List.of();
    }
    Span start = new Span(file, 1, 1, 1, 1);
    List<Evidence> hints = new ArrayList<>();
    for (String name : List.of("strongswan.conf", "swanctl", "strongswan.d")) {
      if (Files.exists(directory.resolve(name))) {
        hints.add(new Evidence(Implementation.STRONGSWAN, false, "a " + name + " beside it", start));
      }
    }
    return hints;
  }
}

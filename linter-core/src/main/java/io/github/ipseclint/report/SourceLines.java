// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.secrets.SecretEntry;
import io.github.ipseclint.model.secrets.SecretsDocument;
import io.github.ipseclint.model.secrets.SecretsFile;
import io.github.ipseclint.model.secrets.SecretsStatement;
import io.github.ipseclint.model.settings.SensitiveValues;
import io.github.ipseclint.model.settings.SettingsDocument;
import io.github.ipseclint.model.settings.SettingsFile;
import io.github.ipseclint.model.settings.SettingsKeyValue;
import io.github.ipseclint.model.settings.SettingsSection;
import io.github.ipseclint.model.settings.SettingsStatement;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Source text as reports may show it. Lines that may hold a secret are rebuilt from the syntax
 * tree's spans with the secret replaced by {@link SensitiveValues#MASK}, so their bytes never
 * reach a report: an {@code ipsec.secrets} entry shows as {@code @a @b : PSK "********"}, a
 * sensitive setting as {@code secret = "********"}, any other line of a secrets file as the mask.
 */
public final class SourceLines {
  private final Set<String> secretFiles = new HashSet<>();
  private final Map<String, Map<Integer, String>> redacted = new HashMap<>();

  public SourceLines(List<Document> documents) {
    for (Document document : documents) {
      if (document instanceof SecretsDocument secrets) {
        secrets.trees().forEach(this::addSecretsFile);
      } else if (document instanceof SettingsDocument settings) {
        for (SettingsFile tree : settings.trees()) {
          addSettings(tree.file(), tree.statements(), "");
        }
      }
    }
  }

  /** The text of a 1-based line for people, secrets masked; without the line feed. */
  public String line(SourceFile file, int line) {
    String masked = redacted.getOrDefault(file.displayPath(), Map.of()).get(line);
    if (masked != null) {
      return masked;
    }
    if (secretFiles.contains(file.displayPath())) {
      return SensitiveValues.MASK;
    }
    return decode(file.line(line).bytes());
  }

  /** True when the line is shown rebuilt rather than as written. */
  public boolean isRedacted(SourceFile file, int line) {
    return secretFiles.contains(file.displayPath())
        || redacted.getOrDefault(file.displayPath(), Map.of()).containsKey(line);
  }

  /** The text a span covers; the whole (masked) lines when one of them may hold a secret. */
  public String text(Span span) {
    SourceFile file = span.file();
    for (int line = span.line(); line <= span.endLine(); line++) {
      if (isRedacted(file, line)) {
        return lines(span);
      }
    }
    byte[] bytes = file.bytes();
    int start = file.offset(span.line(), span.column());
    int end = Math.max(start, file.offset(span.endLine(), span.endColumn()));
    return new String(bytes, start, end - start, StandardCharsets.UTF_8);
  }

  /** The whole lines a span touches, secrets masked, joined by line feeds. */
  public String lines(Span span) {
    StringBuilder out = new StringBuilder();
    for (int line = span.line(); line <= span.endLine(); line++) {
      out.append(line(span.file(), line)).append(line < span.endLine() ? "\n" : "");
    }
    return out.toString();
  }

  /**
   * A byte column as a UTF-16 column (SARIF's default {@code columnKind}): the bytes before it are
   * decoded as UTF-8, where an invalid byte counts as one replacement character.
   */
  public static int utf16Column(SourceFile file, int line, int byteColumn) {
    byte[] bytes = file.line(line).bytes();
    int prefix = Math.min(byteColumn - 1, bytes.length);
    int beyond = byteColumn - 1 - prefix;
    return new String(bytes, 0, prefix, StandardCharsets.UTF_8).length() + beyond + 1;
  }

  private static String decode(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private void addSecretsFile(SecretsFile tree) {
    String file = tree.file().displayPath();
    secretFiles.add(file);
    for (SecretsStatement statement : tree.statements()) {
      if (statement instanceof SecretEntry entry) {
        String selectors = entry.selectors().stream().map(s -> s.text().value().display())
            .collect(Collectors.joining(" "));
        String type = entry.type().map(t -> " " + t.value().display()).orElse("");
        String text = (selectors.isEmpty() ? ":" : selectors + " :") + type + " " + SensitiveValues.MASK;
        mark(file, entry.span(), text);
      }
    }
  }

  private void addSettings(SourceFile file, List<SettingsStatement> statements, String path) {
    for (SettingsStatement statement : statements) {
      if (statement instanceof SettingsSection section) {
        String name = section.name().value().latin1();
        addSettings(file, section.statements(), path.isEmpty() ? name : path + "." + name);
      } else if (statement instanceof SettingsKeyValue setting
          && SensitiveValues.isSensitive(new ByteText(path), setting.keyText())) {
        Span key = setting.key().span();
        String indent = file.line(key.line()).latin1().substring(0, key.column() - 1).replaceAll("[^ \t]", " ");
        mark(file.displayPath(), setting.span(),
            indent + setting.keyText().display() + " = " + SensitiveValues.MASK);
      }
    }
  }

  private void mark(String file, Span span, String firstLine) {
    Map<Integer, String> lines = redacted.computeIfAbsent(file, f -> new HashMap<>());
    lines.putIfAbsent(span.line(), firstLine);
    for (int line = span.line() + 1; line <= span.endLine(); line++) {
      lines.putIfAbsent(line, SensitiveValues.MASK);
    }
  }
}

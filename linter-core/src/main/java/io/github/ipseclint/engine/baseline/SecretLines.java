// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine.baseline;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.secrets.SecretEntry;
import io.github.ipseclint.model.secrets.SecretsDocument;
import io.github.ipseclint.model.secrets.SecretsFile;
import io.github.ipseclint.model.secrets.SecretsStatement;
import io.github.ipseclint.model.secrets.Selector;
import io.github.ipseclint.model.settings.SensitiveValues;
import io.github.ipseclint.model.settings.SettingsDocument;
import io.github.ipseclint.model.settings.SettingsFile;
import io.github.ipseclint.model.settings.SettingsKeyValue;
import io.github.ipseclint.model.settings.SettingsSection;
import io.github.ipseclint.model.settings.SettingsStatement;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.FileKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lines whose text may hold a secret, each with the selector text that names it instead:
 * every line of an {@code ipsec.secrets} file, a swanctl.conf {@code secrets} section, and
 * settings whose key marks a secret value.
 */
final class SecretLines {
  private final Set<String> secretFiles = new HashSet<>();
  private final Map<String, Map<Integer, String>> selectors = new HashMap<>();

  SecretLines(List<Document> documents) {
    for (Document document : documents) {
      if (document instanceof SecretsDocument secrets) {
        secrets.trees().forEach(this::addSecretsFile);
      } else if (document instanceof SettingsDocument settings) {
        for (SettingsFile tree : settings.trees()) {
          addSettings(tree.file().displayPath(), tree.statements(), "", settings.kind() == FileKind.SWANCTL_CONF, 0);
        }
      }
    }
  }

  /** The selector text standing for the line of {@code span}, when that line may hold a secret. */
  Optional<String> selector(Span span) {
    String file = span.file().displayPath();
    String selector = selectors.getOrDefault(file, Map.of()).get(span.line());
    if (selector != null) {
      return Optional.of(selector);
    }
    return secretFiles.contains(file) ? Optional.of("") : Optional.empty();
  }

  private void addSecretsFile(SecretsFile tree) {
    String file = tree.file().displayPath();
    secretFiles.add(file);
    for (SecretsStatement statement : tree.statements()) {
      if (statement instanceof SecretEntry entry) {
        String text = entry.selectors().stream().map(Selector::text)
            .map(located -> located.value().display()).collect(Collectors.joining(" "));
        mark(file, entry.span(), text);
      }
    }
  }

  private void addSettings(String file, List<SettingsStatement> statements, String path, boolean swanctl, int depth) {
    for (SettingsStatement statement : statements) {
      if (statement instanceof SettingsSection section) {
        String name = section.name().value().display();
        String inner = path.isEmpty() ? name : path + "." + name;
        if (swanctl && depth == 1 && path.equals("secrets")) {
          mark(file, section.span(), inner);
        }
        addSettings(file, section.statements(), inner, swanctl, depth + 1);
      } else if (statement instanceof SettingsKeyValue setting && SensitiveValues.isSensitiveKey(setting.keyText())) {
        String key = setting.keyText().display();
        mark(file, setting.span(), path.isEmpty() ? key : path + "." + key);
      }
    }
  }

  private void mark(String file, Span span, String selector) {
    Map<Integer, String> lines = selectors.computeIfAbsent(file, f -> new HashMap<>());
    for (int line = span.line(); line <= span.endLine(); line++) {
      lines.putIfAbsent(line, selector);
    }
  }
}

// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.dump;

import io.github.ipseclint.model.settings.ResolvedSection;
import io.github.ipseclint.model.settings.ResolvedValue;
import io.github.ipseclint.model.settings.SensitiveValues;
import io.github.ipseclint.model.settings.SettingsDocument;
import io.github.ipseclint.model.settings.SettingsFile;
import io.github.ipseclint.model.settings.SettingsInclude;
import io.github.ipseclint.model.settings.SettingsKeyValue;
import io.github.ipseclint.model.settings.SettingsSection;
import io.github.ipseclint.model.settings.SettingsStatement;
import io.github.ipseclint.model.settings.SettingsValuePart;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Comment;
import java.util.stream.Collectors;

/**
 * Renders a settings document: each file's statements, then the resolved tree (references
 * applied). Secret values are always shown as {@code "********"}.
 */
public final class SettingsDump {
  private SettingsDump() {}

  public static String render(SettingsDocument document) {
    DumpWriter out = new DumpWriter();
    out.line(document.kind().label() + " " + document.target() + (document.valid() ? "" : " (rejected)"));
    for (SettingsFile tree : document.trees()) {
      out.indent().line("file " + tree.file().displayPath() + (tree.valid() ? "" : " (syntax error)")).indent();
      tree.statements().forEach(statement -> statement(out, statement, ByteText.EMPTY));
      java.util.Set<Integer> secretLines = new java.util.HashSet<>();
      tree.statements().forEach(statement -> collectSecretLines(statement, ByteText.EMPTY, secretLines));
      for (Comment comment : tree.comments()) {
        out.comment(comment, secretLines.contains(comment.span().line()));
      }
      out.outdent().outdent();
    }
    out.indent().line("resolved").indent();
    ResolvedSection root = document.resolved();
    root.entries().forEach(value -> value(out, root, value));
    root.sections().forEach(section -> section(out, section));
    return out.toString();
  }

  private static void statement(DumpWriter out, SettingsStatement statement, ByteText path) {
    if (statement instanceof SettingsSection section) {
      ByteText childPath = child(path, section.name().value());
      String references = section.references().isEmpty() ? ""
          : " : " + section.references().stream()
              .map(reference -> DumpWriter.quote(reference.value()) + " @" + reference.span().range())
              .collect(Collectors.joining(", "));
      out.line("section " + DumpWriter.quote(section.name().value()) + references, section.span()).indent();
      section.statements().forEach(inner -> statement(out, inner, childPath));
      out.outdent();
    } else if (statement instanceof SettingsKeyValue setting) {
      setting(out, setting, path);
    } else if (statement instanceof SettingsInclude include) {
      out.line("include " + DumpWriter.quote(include.pattern().value()), include.span());
    }
  }

  private static void setting(DumpWriter out, SettingsKeyValue setting, ByteText path) {
    boolean secret = SensitiveValues.isSensitive(path, setting.keyText());
    String value = setting.value().isEmpty() ? "(no value)"
        : secret ? SensitiveValues.MASK : DumpWriter.quote(setting.value().get().text());
    out.line("setting " + DumpWriter.quote(setting.keyText()) + " = " + value, setting.span());
    if (setting.value().isPresent() && !secret) {
      out.indent();
      for (SettingsValuePart part : setting.value().get().parts()) {
        out.line("part " + (part.quoted() ? "quoted " : "word ") + DumpWriter.quote(part.text()), part.span());
      }
      out.outdent();
    }
  }

  private static void collectSecretLines(SettingsStatement statement, ByteText path, java.util.Set<Integer> lines) {
    if (statement instanceof SettingsSection section) {
      ByteText childPath = child(path, section.name().value());
      section.statements().forEach(inner -> collectSecretLines(inner, childPath, lines));
    } else if (statement instanceof SettingsKeyValue setting
        && SensitiveValues.isSensitive(path, setting.keyText())) {
      for (int line = setting.span().line(); line <= setting.span().endLine(); line++) {
        lines.add(line);
      }
    }
  }

  private static void section(DumpWriter out, ResolvedSection section) {
    String origin = section.inheritedFrom().map(from -> " (from " + DumpWriter.quote(from) + ")").orElse("");
    out.line("section " + DumpWriter.quote(section.name()) + origin
        + (section.recursive() ? " (recursive reference, not expanded)" : "")
        + " @" + DumpWriter.fullLocation(section.span())).indent();
    section.entries().forEach(value -> value(out, section, value));
    section.sections().forEach(child -> section(out, child));
    out.outdent();
  }

  private static void value(DumpWriter out, ResolvedSection section, ResolvedValue value) {
    String text = value.value().isEmpty() ? "(no value)"
        : SensitiveValues.isSensitive(section.path(), value.key()) ? SensitiveValues.MASK
        : DumpWriter.quote(value.text());
    String origin = value.inheritedFrom().map(from -> " (from " + DumpWriter.quote(from) + ")").orElse("");
    out.line(DumpWriter.quote(value.key()) + " = " + text + origin + " @" + DumpWriter.fullLocation(value.span()));
  }

  private static ByteText child(ByteText path, ByteText name) {
    return path.isEmpty() ? name : new ByteText(path.latin1() + "." + name.latin1());
  }
}

// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.dump;

import io.github.ipseclint.model.conf.ConfDocument;
import io.github.ipseclint.model.conf.ConfFile;
import io.github.ipseclint.model.conf.ConfStatement;
import io.github.ipseclint.model.conf.ConfValue;
import io.github.ipseclint.model.conf.IncludeDirective;
import io.github.ipseclint.model.conf.ResolvedSection;
import io.github.ipseclint.model.conf.ResolvedSetting;
import io.github.ipseclint.model.conf.SectionHeader;
import io.github.ipseclint.model.conf.Setting;
import io.github.ipseclint.model.conf.ValuePart;
import io.github.ipseclint.model.conf.VersionLine;
import io.github.ipseclint.model.source.Comment;

/** Renders an {@code ipsec.conf} document: each file's statements, then the resolved sections. */
public final class ConfDump {
  private ConfDump() {}

  public static String render(ConfDocument document) {
    DumpWriter out = new DumpWriter();
    out.line("ipsec.conf " + document.target());
    for (ConfFile tree : document.trees()) {
      out.indent().line("file " + tree.file().displayPath()).indent();
      for (ConfStatement statement : tree.statements()) {
        statement(out, statement);
      }
      for (Comment comment : tree.comments()) {
        out.line("comment " + DumpWriter.quote(comment.text()), comment.span());
      }
      out.outdent().outdent();
    }
    out.indent().line("resolved").indent();
    document.configSetup().ifPresent(section -> section(out, section));
    document.conns().forEach(section -> section(out, section));
    document.cas().forEach(section -> section(out, section));
    return out.toString();
  }

  private static void statement(DumpWriter out, ConfStatement statement) {
    if (statement instanceof SectionHeader header) {
      out.line(header.kind().keyword()
          + header.name().map(name -> " " + DumpWriter.quote(name.value())).orElse(""), header.span());
    } else if (statement instanceof Setting setting) {
      setting(out, setting);
    } else if (statement instanceof IncludeDirective include) {
      out.line("include " + DumpWriter.quote(include.pattern().value())
          + (include.midLine() ? " (mid-line)" : ""), include.span());
    } else if (statement instanceof VersionLine version) {
      out.line("version " + DumpWriter.quote(version.text()), version.span());
    }
  }

  private static void setting(DumpWriter out, Setting setting) {
    String value = setting.value().map(ConfValue::text).map(DumpWriter::quote).orElse("(empty)");
    out.line("setting " + DumpWriter.quote(setting.keyText()) + " = " + value, setting.span());
    if (setting.value().isPresent() && setting.value().get().parts().size() > 1
        || setting.value().map(ConfValue::isQuoted).orElse(false)) {
      out.indent();
      for (ValuePart part : setting.value().get().parts()) {
        out.line("part " + part.quoting().name().toLowerCase(java.util.Locale.ROOT) + " "
            + DumpWriter.quote(part.text()), part.span());
      }
      out.outdent();
    }
  }

  private static void section(DumpWriter out, ResolvedSection section) {
    String name = section.kind().keyword()
        + (section.name().isEmpty() ? "" : " " + DumpWriter.quote(section.name()));
    out.line(name + " [" + section.status().name().toLowerCase(java.util.Locale.ROOT) + "]",
        section.header().span()).indent();
    for (ResolvedSetting resolved : section.settings().values()) {
      String origin = switch (resolved.origin()) {
        case OWN -> "";
        case ALSO -> " (from also=" + resolved.from().display() + ")";
        case DEFAULT -> " (from " + resolved.from().display() + ")";
      };
      out.line(DumpWriter.quote(resolved.setting().keyText()) + " = "
          + DumpWriter.quote(resolved.value()) + origin + " @"
          + DumpWriter.fullLocation(resolved.setting().span()));
    }
    out.outdent();
  }
}

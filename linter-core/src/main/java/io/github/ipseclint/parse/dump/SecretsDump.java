// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.dump;

import io.github.ipseclint.model.secrets.LoadedEntry;
import io.github.ipseclint.model.secrets.SecretEntry;
import io.github.ipseclint.model.secrets.SecretValue;
import io.github.ipseclint.model.secrets.SecretsDocument;
import io.github.ipseclint.model.secrets.SecretsFile;
import io.github.ipseclint.model.secrets.SecretsInclude;
import io.github.ipseclint.model.secrets.SecretsStatement;
import io.github.ipseclint.model.secrets.Selector;
import io.github.ipseclint.model.secrets.TrailingToken;
import io.github.ipseclint.model.source.Comment;
import java.util.stream.Collectors;

/**
 * Renders an {@code ipsec.secrets} document. Secrets appear as {@code "********"} with their
 * encoding and decoded length only; key file names (not secret) are shown.
 */
public final class SecretsDump {
  private static final String MASK = "\"********\"";

  private SecretsDump() {}

  public static String render(SecretsDocument document) {
    DumpWriter out = new DumpWriter();
    out.line("ipsec.secrets " + document.target());
    for (SecretsFile tree : document.trees()) {
      out.indent().line("file " + tree.file().displayPath()).indent();
      for (SecretsStatement statement : tree.statements()) {
        statement(out, statement);
      }
      java.util.Set<Integer> entryLines = new java.util.HashSet<>();
      for (SecretsStatement statement : tree.statements()) {
        for (int line = statement.span().line(); line <= statement.span().endLine(); line++) {
          entryLines.add(line);
        }
      }
      for (Comment comment : tree.comments()) {
        out.comment(comment, entryLines.contains(comment.span().line()));
      }
      out.outdent().outdent();
    }
    out.indent().line("load order").indent();
    for (LoadedEntry loaded : document.entries()) {
      SecretEntry entry = loaded.entry();
      String owners = entry.selectors().stream().filter(Selector::valid)
          .map(selector -> DumpWriter.quote(selector.text().value())).collect(Collectors.joining(" "));
      out.line((loaded.loaded() ? "loaded " : "not loaded ")
          + entry.kind().map(Enum::name).orElse("?") + " for " + (owners.isEmpty() ? "any" : owners)
          + entry.secret().map(secret -> " secret " + MASK + " " + secret.length() + " bytes").orElse("")
          + " (level " + loaded.includeLevel() + ") @" + DumpWriter.fullLocation(entry.span()));
    }
    return out.toString();
  }

  private static void statement(DumpWriter out, SecretsStatement statement) {
    if (statement instanceof SecretsInclude include) {
      out.line("include " + DumpWriter.quote(include.pattern().value())
          + (include.followed() ? "" : " (not followed)"), include.span());
    } else if (statement instanceof SecretEntry entry) {
      entry(out, entry);
    }
  }

  private static void entry(DumpWriter out, SecretEntry entry) {
    out.line("entry " + entry.type().map(type -> DumpWriter.quote(type.value())).orElse("(no type)")
        + (entry.loaded() ? "" : " (not loaded)"), entry.span());
    out.indent();
    for (Selector selector : entry.selectors()) {
      out.line("selector " + DumpWriter.quote(selector.text().value()) + " " + selector.quoting().label()
          + (selector.valid() ? "" : " (invalid)"), selector.text().span());
    }
    entry.ppkId().ifPresent(id -> out.line("ppk-id " + DumpWriter.quote(id.text().value()) + " "
        + id.quoting().label(), id.text().span()));
    boolean keyFile = entry.kind().map(kind -> !kind.isSharedSecret()).orElse(false);
    entry.value().ifPresent(value -> value(out, keyFile ? "key" : "secret", value, keyFile));
    entry.passphrase().ifPresent(value -> value(out, "passphrase", value, false));
    for (TrailingToken token : entry.trailing()) {
      out.line("trailing " + MASK + " " + token.quoting().label() + ", " + token.text().length() + " bytes",
          token.span());
    }
    out.outdent();
  }

  private static void value(DumpWriter out, String label, SecretValue value, boolean showText) {
    String text = showText
        ? DumpWriter.quote(io.github.ipseclint.model.source.ByteText.of(value.written().copyOfBytes()))
        : MASK;
    out.line(label + " " + text + " " + value.quoting().label()
        + (value.terminated() ? "" : " (unterminated)") + ", " + value.encoding().label()
        + ", written " + value.written().length() + " bytes"
        + value.decoded().map(bytes -> ", decoded " + bytes.length() + " bytes").orElse(", not decodable"),
        value.span());
  }
}

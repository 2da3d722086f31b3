// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.detect;

import io.github.ipseclint.model.conf.ConfFile;
import io.github.ipseclint.model.conf.ConfStatement;
import io.github.ipseclint.model.conf.IncludeDirective;
import io.github.ipseclint.model.conf.SectionHeader;
import io.github.ipseclint.model.conf.SectionKind;
import io.github.ipseclint.model.conf.Setting;
import io.github.ipseclint.model.conf.ValuePart;
import io.github.ipseclint.model.conf.VersionLine;
import io.github.ipseclint.model.keyword.KeywordTable;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.keyword.KeywordTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects the evidence of formats.md §7.4 from an {@code ipsec.conf} syntax tree: which
 * implementation a file is written for, when the user did not say.
 */
public final class ConfDialectEvidence {
  private static final Implementation SW = Implementation.STRONGSWAN;
  private static final Implementation LS = Implementation.LIBRESWAN;
  private static final Set<String> PROPOSAL_KEYS = Set.of("ike", "esp", "ah", "phase2alg");
  // Proposal items only one implementation accepts (algorithms.md §1, formats.md §7.3).
  private static final Pattern STRONGSWAN_ONLY_ITEM =
      Pattern.compile("ke[1-7]_.*|prf.+|aes\\d*(gcm|ccm)(8|12|16|64|96|128)|x25519|x448|chacha20poly1305");
  private static final Pattern LIBRESWAN_ONLY_ITEM =
      Pattern.compile("dh\\d+|ecp_\\d+|aes_(gcm|ccm|ctr|cbc).*|ml_kem_.*", Pattern.CASE_INSENSITIVE);
  private static final Set<String> STRONGSWAN_AUTHBY = Set.of("psk", "pubkey", "xauthpsk", "xauthrsasig", "ecdsasig");
  private static final Pattern LIBRESWAN_AUTHBY =
      Pattern.compile(".*,.*|rsa-sha1|rsa-sha2.*|ecdsa-sha2.*|eddsa|null");

  private ConfDialectEvidence() {}

  /** The verdict for one file, read as {@code fallback} when nothing decides. */
  public static DialectVerdict of(ConfFile tree, Implementation fallback) {
    List<Evidence> evidence = new ArrayList<>();
    for (ConfStatement statement : tree.statements()) {
      if (statement instanceof SectionHeader header && header.kind() == SectionKind.CA) {
        evidence.add(new Evidence(SW, true, "a 'ca' section", header.span()));
      } else if (statement instanceof IncludeDirective include) {
        include(include, evidence);
      } else if (statement instanceof VersionLine version) {
        evidence.add(new Evidence(LS, false, "a 'version' line", version.span()));
      } else if (statement instanceof Setting setting) {
        key(setting, evidence);
        value(setting, evidence);
      }
    }
    return DialectVerdict.weigh(evidence, fallback);
  }

  private static void include(IncludeDirective include, List<Evidence> evidence) {
    if (include.span().column() > 1 || include.midLine()) {
      evidence.add(new Evidence(SW, true, "an indented 'include'", include.span()));
    } else if (include.pattern().value().latin1().startsWith("/etc/ipsec.d/")) {
      evidence.add(new Evidence(LS, false, "an include of /etc/ipsec.d/", include.span()));
    }
  }

  private static void key(Setting setting, List<Evidence> evidence) {
    String key = setting.keyText().latin1();
    Span span = setting.key().span();
    String lower = key.toLowerCase(Locale.ROOT);
    if (lower.startsWith("x-") || lower.startsWith("x_")) {
      evidence.add(new Evidence(LS, true, "an x- comment key '" + key + "'", span));
      return;
    }
    if (key.contains("-")) {
      evidence.add(new Evidence(LS, true, "a hyphenated keyword '" + key + "'", span));
      return;
    }
    boolean strongswan = !KeywordTables.STRONGSWAN_IPSEC_CONF.lookup(key).isEmpty();
    boolean libreswan = known(KeywordTables.LIBRESWAN_IPSEC_CONF, key);
    if (strongswan && !libreswan) {
      evidence.add(new Evidence(SW, true, "the strongSwan-only keyword '" + key + "'", span));
    } else if (libreswan && !strongswan) {
      boolean caseOnly = !KeywordTables.STRONGSWAN_IPSEC_CONF.lookup(lower).isEmpty();
      evidence.add(new Evidence(LS, true, caseOnly
          ? "the keyword '" + key + "' written in another case"
          : "the Libreswan-only keyword '" + key + "'", span));
    }
  }

  private static boolean known(KeywordTable table, String key) {
    return table.lookup(key).stream().anyMatch(keyword -> !keyword.statuses().stream().allMatch("no"::equals));
  }

  private static void value(Setting setting, List<Evidence> evidence) {
    if (setting.value().isEmpty()) {
      return;
    }
    String key = setting.keyText().latin1().toLowerCase(Locale.ROOT);
    String value = setting.valueText().latin1();
    Span span = setting.value().get().span();
    for (ValuePart part : setting.value().get().parts()) {
      if (part.quoting() == io.github.ipseclint.model.conf.Quoting.BRACES
          || part.text().latin1().startsWith("{")) {
        evidence.add(new Evidence(LS, true, "a value in braces", part.span()));
      }
    }
    if (PROPOSAL_KEYS.contains(key)) {
      proposal(value, span, evidence);
    } else if (key.equals("authby")) {
      if (STRONGSWAN_AUTHBY.contains(value)) {
        evidence.add(new Evidence(SW, true, "authby=" + value, span));
      } else if (LIBRESWAN_AUTHBY.matcher(value).matches()) {
        evidence.add(new Evidence(LS, true, "authby=" + value, span));
      }
    } else if (key.equals("keyexchange") && value.equals("ike")) {
      evidence.add(new Evidence(SW, true, "keyexchange=ike", span));
    } else if (key.equals("type") && (value.equals("transport_proxy") || value.equals("beet"))) {
      evidence.add(new Evidence(SW, true, "type=" + value, span));
    } else if (key.equals("auto") && Set.of("ondemand", "up", "keep").contains(value)) {
      evidence.add(new Evidence(LS, true, "auto=" + value, span));
    } else if ((key.equals("leftauth") || key.equals("rightauth")) && value.startsWith("eap")) {
      evidence.add(new Evidence(SW, true, key + "=" + value, span));
    }
  }

  private static void proposal(String value, Span span, List<Evidence> evidence) {
    if (value.endsWith("!")) {
      evidence.add(new Evidence(SW, true, "a strict proposal ending in '!'", span));
    }
    if (value.contains(";") || value.contains("+")) {
      evidence.add(new Evidence(LS, true, "a proposal with ';' or '+'", span));
    }
    for (String proposal : value.split(",")) {
      for (String item : proposal.replace("!", "").split("[-;+]")) {
        String trimmed = item.trim();
        if (STRONGSWAN_ONLY_ITEM.matcher(trimmed).matches()) {
          evidence.add(new Evidence(SW, true, "the strongSwan algorithm name '" + trimmed + "'", span));
        } else if (LIBRESWAN_ONLY_ITEM.matcher(trimmed).matches()) {
          evidence.add(new Evidence(LS, true, "the Libreswan algorithm name '" + trimmed + "'", span));
        }
      }
    }
  }
}

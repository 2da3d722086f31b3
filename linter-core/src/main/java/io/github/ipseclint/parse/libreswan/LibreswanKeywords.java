// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.libreswan;

import io.github.ipseclint.model.conf.Setting;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.keyword.KeywordStatus;
import io.github.ipseclint.model.target.Version;
import io.github.ipseclint.parse.keyword.DidYouMean;
import io.github.ipseclint.parse.keyword.KeywordTables;
import io.github.ipseclint.parse.libreswan.LibreswanVocabulary.Entry;
import io.github.ipseclint.parse.libreswan.LibreswanVocabulary.ValueCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The keyword checks that decide, in Libreswan, whether the file is rejected: the parser looks
 * every keyword up (case-insensitive) and stops at an unknown one. Value checks happen in pluto,
 * except the few the 4.x lexer and the 5.x {@code config setup} loader make.
 */
final class LibreswanKeywords {
  private static final Set<String> BOOLEANS_4X =
      Set.of("y", "yes", "true", "on", "n", "no", "false", "off");
  private static final Set<String> BOOLEANS_5X =
      Set.of("y", "yes", "true", "on", "n", "no", "false", "off", "1", "0");

  private final LibreswanReport report;
  private final Version version;
  private final LibreswanVocabulary vocabulary;

  LibreswanKeywords(LibreswanReport report) {
    this.report = report;
    this.version = report.target().version();
    this.vocabulary = LibreswanVocabulary.at(version);
  }

  /** The setting as the parser keeps it, or empty when it is dropped or rejected. */
  Optional<KeptSetting> check(Setting setting, WrittenSection section) {
    String key = setting.keyText().latin1().toLowerCase(Locale.ROOT);
    if (key.length() > 1 && key.charAt(0) == 'x' && (key.charAt(1) == '-' || key.charAt(1) == '_')) {
      return comment(setting, key);
    }
    if (section.isConfigSetup()) {
      return known(setting, key, vocabulary.configSetup(key), section);
    }
    String folded = report.atLeast(5, 0) ? fold(key) : key;
    Optional<Entry> entry = vocabulary.conn(folded);
    if (entry.isEmpty() && vocabulary.conn("left" + folded).filter(Entry::isKnown).isPresent()) {
      return barePerEnd(setting, folded, section);
    }
    if (section.isDefault() && folded.equals("also") && report.atLeast(5, 0)) {
      report.reject(CoreRule.UNKNOWN_KEYWORD, setting.key().span(),
          "unrecognized 'conn %default' keyword 'also' (also= is not allowed in %default)");
      return Optional.empty();
    }
    return known(setting, folded, entry, section);
  }

  private Optional<KeptSetting> comment(Setting setting, String key) {
    if (report.atLeast(5, 1)) {
      report.warn(CoreRule.PARSE_ERROR, setting.span(),
          "X- style comment ignored: " + setting.keyText().display() + "=" + setting.valueText().display());
      return Optional.empty();
    }
    if (!report.atLeast(5, 0) && setting.value().isEmpty()) {
      report.reject(CoreRule.PARSE_ERROR, setting.span(),
          LibreswanSyntaxMessages.daemonText(report.target(), "\n") + " (an x- comment needs a value)");
      return Optional.empty();
    }
    return Optional.of(new KeptSetting(setting, key, false));
  }

  private Optional<KeptSetting> barePerEnd(Setting setting, String key, WrittenSection section) {
    if (report.atLeast(5, 4)) {
      report.reject(CoreRule.UNKNOWN_KEYWORD, setting.key().span(),
          "keyword \"" + key + "\" requires \"left\" or \"right\" prefix");
      return Optional.empty();
    }
    report.warn(CoreRule.UNKNOWN_KEYWORD, setting.key().span(), "keyword '" + key
        + "' without a left/right prefix silently means 'right" + key + "' in Libreswan "
        + version + " (5.4 rejects it)");
    return valueChecked(setting, "right" + key, vocabulary.conn("right" + key).orElseThrow(), section);
  }

  private Optional<KeptSetting> known(
      Setting setting, String key, Optional<Entry> entry, WrittenSection section) {
    if (entry.isEmpty() || !entry.get().isKnown()) {
      report.reject(CoreRule.UNKNOWN_KEYWORD, setting.key().span(), unknownText(setting, key, section));
      return Optional.empty();
    }
    if (entry.get().status() == KeywordStatus.OBSOLETE) {
      report.warn(CoreRule.DEPRECATED_KEYWORD, setting.key().span(), "obsolete keyword ignored: "
          + setting.keyText().display() + "=" + setting.valueText().display());
      return Optional.empty();
    }
    return valueChecked(setting, key, entry.get(), section);
  }

  /** The value checks made before pluto sees the file. */
  private Optional<KeptSetting> valueChecked(
      Setting setting, String key, Entry keyword, WrittenSection section) {
    String value = setting.valueText().latin1();
    boolean bool = keyword.valueCheck() == ValueCheck.BOOLEAN;
    String lower = bool ? value.toLowerCase(Locale.ROOT) : value;
    if (!value.isEmpty() && bool && !report.atLeast(5, 0) && !BOOLEANS_4X.contains(lower)) {
      report.reject(CoreRule.PARSE_ERROR, setting.value().get().span(), LibreswanSyntaxMessages
          .daemonText(report.target(), value) + " (Libreswan 4.x accepts only y, yes, true, on, n,"
          + " no, false or off for '" + key + "')");
      return Optional.empty();
    }
    if (!value.isEmpty() && bool && section.isConfigSetup() && !BOOLEANS_5X.contains(lower)) {
      report.reject(CoreRule.PARSE_ERROR, setting.value().get().span(),
          "error: invalid (" + key + " takes yes or no)");
      return Optional.empty();
    }
    if (!value.isEmpty() && keyword.valueCheck() == ValueCheck.PERCENT && !report.atLeast(5, 0)
        && !value.matches("[0-9]+%")) {
      report.reject(CoreRule.PARSE_ERROR, setting.value().get().span(), LibreswanSyntaxMessages
          .daemonText(report.target(), value) + " (Libreswan 4.x wants a percentage such as 100%)");
      return Optional.empty();
    }
    return Optional.of(new KeptSetting(setting, key, key.equals("also")));
  }

  private String unknownText(Setting setting, String key, WrittenSection section) {
    String written = setting.keyText().display();
    String daemon;
    if (report.atLeast(5, 4)) {
      daemon = "unrecognized '" + section.label() + "' keyword '" + written + "'";
    } else if (report.atLeast(5, 3)) {
      daemon = "unrecognized '" + section.label() + "' keyword '" + written + "' (fatal)";
    } else if (report.atLeast(5, 1)) {
      daemon = "unrecognized keyword '" + written + "' (fatal)";
    } else {
      daemon = LibreswanSyntaxMessages.daemonText(report.target(), written);
    }
    return daemon + suggestion(key, section);
  }

  private String suggestion(String key, WrittenSection section) {
    List<String> usable = new ArrayList<>();
    for (String name : KeywordTables.LIBRESWAN_IPSEC_CONF.names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      Optional<Entry> entry = section.isConfigSetup() ? vocabulary.configSetup(lower) : vocabulary.conn(lower);
      if (entry.isPresent() && entry.get().isKnown()) {
        usable.add(name);
      }
    }
    return DidYouMean.hint(key, usable);
  }

  /** {@code left-id} is {@code leftid} (5.0 and later). */
  static String fold(String key) {
    if (key.startsWith("left-")) {
      return "left" + key.substring(5);
    }
    if (key.startsWith("right-")) {
      return "right" + key.substring(6);
    }
    return key;
  }
}

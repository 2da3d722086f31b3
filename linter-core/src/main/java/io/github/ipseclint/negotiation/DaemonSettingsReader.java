// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.model.conf.ConfDocument;
import io.github.ipseclint.model.conf.ResolvedSetting;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.ipsec.Host;
import io.github.ipseclint.model.settings.ResolvedValue;
import io.github.ipseclint.model.settings.SettingsDocument;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.DaemonSettings.Ikev1Policy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The global settings one host's daemon runs with (negotiation.md §1.1 "Global", §15.3): the
 * {@code charon.*} options of the host's strongswan.conf for strongSwan, the {@code config setup}
 * {@code ikev1-policy} of the host's ipsec.conf for Libreswan. What the host's files do not set
 * keeps the default of {@link DaemonSettings#defaults}.
 */
public final class DaemonSettingsReader {
  private static final String CHARON = "charon";
  /** swanctl setups may run charon-systemd, which falls back to the {@code charon} section. */
  private static final String CHARON_SYSTEMD = "charon-systemd";
  private static final String IKEV1_POLICY = "ikev1-policy";

  /** The settings of the daemon of {@code target}'s implementation on {@code host}. */
  public DaemonSettings read(Host host, Target target) {
    VersionBucket bucket = VersionBucket.of(target);
    DaemonSettings defaults = DaemonSettings.defaults(bucket);
    if (target.implementation() == Implementation.LIBRESWAN) {
      Ikev1Policy policy = ikev1PolicySetting(host).flatMap(DaemonSettingsReader::policy)
          .orElse(defaults.ikev1Policy());
      return new DaemonSettings(defaults.preferConfiguredProposals(), defaults.aggressiveModePsk(),
          defaults.acceptPrivateAlgs(), defaults.preferPreviousDhGroup(), defaults.makeBeforeBreak(),
          defaults.closeIkeOnChildFailure(), defaults.retransmitTries(), policy);
    }
    Charon charon = new Charon(strongswanConfs(host), usesSwanctl(host));
    return new DaemonSettings(
        charon.bool("prefer_configured_proposals", defaults.preferConfiguredProposals()),
        charon.bool("i_dont_care_about_security_and_use_aggressive_mode_psk", defaults.aggressiveModePsk()),
        charon.bool("accept_private_algs", defaults.acceptPrivateAlgs()),
        charon.bool("prefer_previous_dh_group", defaults.preferPreviousDhGroup()),
        charon.bool("make_before_break", defaults.makeBeforeBreak()),
        charon.bool("close_ike_on_child_failure", defaults.closeIkeOnChildFailure()),
        charon.integer("retransmit_tries", defaults.retransmitTries()),
        Ikev1Policy.ACCEPT);
  }

  /**
   * Where the host's Libreswan ipsec.conf sets {@code ikev1-policy} in {@code config setup};
   * empty when it does not (the release's default applies).
   */
  public static Optional<Span> ikev1PolicySpan(Host host) {
    return ikev1PolicySetting(host).map(setting -> setting.setting().span());
  }

  /**
   * Where the host's strongswan.conf sets {@code charon.<key>} (or {@code charon-systemd.<key>});
   * empty when it does not.
   */
  public static Optional<Span> charonSettingSpan(Host host, String key) {
    return new Charon(strongswanConfs(host), usesSwanctl(host)).lookup(key).map(ResolvedValue::span);
  }

  private static Optional<ResolvedSetting> ikev1PolicySetting(Host host) {
    return host.documents().stream()
        .filter(document -> document instanceof ConfDocument)
        .map(document -> (ConfDocument) document)
        .filter(document -> document.target().implementation() == Implementation.LIBRESWAN)
        .flatMap(document -> document.configSetup().stream())
        .flatMap(setup -> setup.setting(IKEV1_POLICY).stream())
        .findFirst();
  }

  /** pluto reads the keyword's value case-insensitively; anything else refuses the file anyway. */
  private static Optional<Ikev1Policy> policy(ResolvedSetting setting) {
    return switch (setting.value().latin1().toLowerCase(Locale.ROOT)) {
      case "accept" -> Optional.of(Ikev1Policy.ACCEPT);
      case "reject" -> Optional.of(Ikev1Policy.REJECT);
      case "drop" -> Optional.of(Ikev1Policy.DROP);
      default -> Optional.empty();
    };
  }

  /** The host's strongswan.conf documents, the file called {@code strongswan.conf} first. */
  private static List<SettingsDocument> strongswanConfs(Host host) {
    List<SettingsDocument> main = new ArrayList<>();
    List<SettingsDocument> others = new ArrayList<>();
    for (Document document : host.documents()) {
      if (document instanceof SettingsDocument settings && settings.kind() == FileKind.STRONGSWAN_CONF
          && settings.valid()) {
        boolean isMain = settings.files().get(0).path().map(Path::getFileName)
            .map(name -> name.toString().equals("strongswan.conf")).orElse(false);
        (isMain ? main : others).add(settings);
      }
    }
    main.addAll(others);
    return main;
  }

  private static boolean usesSwanctl(Host host) {
    return host.connections().stream().anyMatch(connection -> connection.frontEnd() == FrontEnd.SWANCTL);
  }

  /** libstrongswan's typed lookups of {@code charon.*} options. */
  private record Charon(List<SettingsDocument> documents, boolean systemd) {

    Optional<ResolvedValue> lookup(String key) {
      for (SettingsDocument document : documents) {
        Optional<ResolvedValue> value = systemd ? document.value(CHARON_SYSTEMD, key) : Optional.empty();
        value = value.or(() -> document.value(CHARON, key));
        if (value.isPresent()) {
          return value;
        }
      }
      return Optional.empty();
    }

    /** settings_value_as_bool: a value it does not know keeps the default. */
    boolean bool(String key, boolean fallback) {
      return lookup(key).map(value -> switch (value.text().latin1().toLowerCase(Locale.ROOT)) {
        case "1", "yes", "true", "enabled" -> true;
        case "0", "no", "false", "disabled" -> false;
        default -> fallback;
      }).orElse(fallback);
    }

    /** settings_value_as_int: a value that is not a whole decimal number keeps the default. */
    int integer(String key, int fallback) {
      return lookup(key).map(value -> value.text().latin1().trim())
          .filter(Charon::isWholeNumber)
          .map(Integer::parseInt)
          .orElse(fallback);
    }

    private static boolean isWholeNumber(String text) {
      String digits = text.startsWith("-") ? text.substring(1) : text;
      return !digits.isEmpty() && digits.length() <= 9 && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    }
  }
}

// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.secrets;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.SecretRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.model.ipsec.SecretType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * An IKE pre-shared key that an attacker who records one exchange can guess offline: too short, a
 * well-known value, or too little estimated entropy (algorithms.md §5 N11, N12a, N12b). The
 * entropy estimate is deliberately simple: bits per character from the character classes used,
 * times the length after collapsing repeated characters and known words.
 */
@LintRule(id = "weak-psk", name = "WeakPsk", severity = Severity.WARNING,
    tags = {Tag.SECURITY, Tag.SECRETS, Tag.AUTHENTICATION}, securitySeverity = 7.5,
    options = {"min-length", "min-entropy-bits"},
    description = "An IKE pre-shared key is short, a well-known value, or has too little entropy to resist offline guessing")
public final class WeakPsk implements SecretRule {
  /**
   * Below 8 bytes a PSK is trivially guessable: algorithms.md §5 N12a; Libreswan itself logs
   * "using a weak secret (PSK)" below 8 bytes (formats.md §6.3).
   */
  private static final int TRIVIAL_LENGTH = 8;
  /**
   * 16 bytes: Libreswan's FIPS floor of half the PRF key size for HMAC-SHA2-256 (SP 800-107,
   * algorithms.md §5 N11). Option {@code min-length}.
   */
  private static final int MIN_LENGTH = 16;
  /**
   * RFC 7296 §2.15: a PSK must be as unpredictable as the strongest key negotiated, i.e. 128 bits
   * for AES-128 (algorithms.md §5 N12b). Option {@code min-entropy-bits}.
   */
  private static final int MIN_ENTROPY_BITS = 128;
  /** Words and defaults seen in examples and default installs; lower case (algorithms.md §5 N12a). */
  private static final List<String> KNOWN_WORDS = List.of(
      "password", "passw0rd", "secret", "sharedsecret", "presharedkey", "preshared", "changeme", "default",
      "letmein", "welcome", "qwerty", "123456", "12345678", "abcdef", "admin", "test", "testing", "vpn",
      "ipsec", "strongswan", "libreswan", "openswan", "swan", "psk", "key", "example", "cisco", "fortinet",
      "mikrotik", "pfsense", "ubiquiti");
  /** A known word counts as one symbol of a dictionary of about 2^10 words. */
  private static final double WORD_BITS = 10;

  @Override
  public void check(Secret secret, Reporter reporter) {
    if (secret.type() != SecretType.IKE_PSK || secret.key().isEmpty()) {
      return;
    }
    byte[] key = secret.key().get().copyOfBytes();
    int minLength = reporter.options().integer("min-length", MIN_LENGTH);
    int minBits = reporter.options().integer("min-entropy-bits", MIN_ENTROPY_BITS);
    String lower = new String(key, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    if (KNOWN_WORDS.contains(lower)) {
      reporter.report(secret.span(), "this PSK is a well-known default or dictionary value (%d bytes) that"
          + " attackers try first; generate a random key, e.g. 'openssl rand -base64 32'", key.length);
    } else if (key.length < TRIVIAL_LENGTH) {
      reporter.report(secret.span(), "this PSK is only %d bytes, shorter than %d, and can be guessed offline"
          + " from one recorded exchange; generate a random key, e.g. 'openssl rand -base64 32'", key.length,
          TRIVIAL_LENGTH);
    } else if (key.length < minLength) {
      reporter.report(secret.span(), "this PSK is %d bytes, shorter than %d (half the PRF key size, SP 800-107);"
          + " generate a random key, e.g. 'openssl rand -base64 32'", key.length, minLength);
    } else {
      int bits = (int) Math.floor(entropyBits(key, lower));
      if (bits < minBits) {
        reporter.report(secret.span(), "this PSK has an estimated entropy of about %d bits, below the %d bits"
            + " RFC 7296 section 2.15 asks for (as unpredictable as the negotiated keys); generate a random key,"
            + " e.g. 'openssl rand -base64 32'", bits, minBits);
      }
    }
  }

  /** Bits per symbol from the character classes used, times the symbols left after collapsing. */
  static double entropyBits(byte[] key, String lower) {
    boolean[] classes = new boolean[5];
    for (byte b : key) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z') {
        classes[0] = true;
      } else if (c >= 'A' && c <= 'Z') {
        classes[1] = true;
      } else if (c >= '0' && c <= '9') {
        classes[2] = true;
      } else if (c >= 0x20 && c < 0x7f) {
        classes[3] = true;
      } else {
        classes[4] = true;
      }
    }
    if (classes[4]) {
      // Control or non-ASCII bytes: a binary key (usually 0x or 0s), 8 bits per byte.
      return key.length * 8.0;
    }
    int alphabet = (classes[0] ? 26 : 0) + (classes[1] ? 26 : 0) + (classes[2] ? 10 : 0)
        + (classes[3] ? 33 : 0);
    double perSymbol = Math.log(Math.max(alphabet, 2)) / Math.log(2);
    String rest = lower;
    int words = 0;
    for (String word : KNOWN_WORDS) {
      if (word.length() >= 4) {
        while (rest.contains(word)) {
          rest = rest.replaceFirst(java.util.regex.Pattern.quote(word), "\u0000");
          words++;
        }
      }
    }
    int symbols = 0;
    char previous = '\uffff';
    for (char c : rest.toCharArray()) {
      if (c != previous && c != '\u0000') {
        symbols++;
      }
      previous = c;
    }
    return symbols * perSymbol + words * WORD_BITS;
  }
}

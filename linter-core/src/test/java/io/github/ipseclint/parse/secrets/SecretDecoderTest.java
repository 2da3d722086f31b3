// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.secrets.SecretBytes;
import io.github.ipseclint.model.secrets.SecretEncoding;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The rows of formats.md §4.3, §6.3 and §12.3 that are about decoding. The values are test
 * fixtures, so failures may show them as hex; production code never does.
 */
class SecretDecoderTest {

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String hexOf(Decoded decoded) {
    return HexFormat.of().formatHex(decoded.bytes().orElseThrow().copyOfBytes());
  }

  @Test
  void strongswanHexWithOddDigitCountGetsALeadingZero() {
    assertThat(hexOf(StrongswanSecretDecoder.decodeUnquoted(ascii("0x41424")))).isEqualTo("041424");
  }

  @Test
  void strongswanHexDecodesJunkAsZero() {
    assertThat(hexOf(StrongswanSecretDecoder.decodeUnquoted(ascii("0xZZ")))).isEqualTo("00");
  }

  @Test
  void strongswanHexTakesPairsFromTheRightWithUnderscoreAsZero() {
    assertThat(hexOf(StrongswanSecretDecoder.decodeUnquoted(ascii("0x41_42")))).isEqualTo("041042");
  }

  @Test
  void strongswanHexSkipsColonsAndASecondPrefix() {
    assertThat(hexOf(StrongswanSecretDecoder.decodeUnquoted(ascii("0x41:42")))).isEqualTo("4142");
    assertThat(hexOf(StrongswanSecretDecoder.decodeUnquoted(ascii("0x0x4142")))).isEqualTo("4142");
    assertThat(hexOf(StrongswanSecretDecoder.decodeUnquoted(ascii("0X7365637265742d64"))))
        .isEqualTo("7365637265742d64");
  }

  @Test
  void strongswanBase64DropsAnIncompleteGroup() {
    Decoded decoded = StrongswanSecretDecoder.decodeUnquoted(ascii("0sQUJ"));
    assertThat(decoded.encoding()).isEqualTo(SecretEncoding.BASE64);
    assertThat(decoded.bytes().orElseThrow().isEmpty()).isTrue();
    assertThat(hexOf(StrongswanSecretDecoder.decodeUnquoted(ascii("0sQUJD")))).isEqualTo("414243");
    assertThat(hexOf(StrongswanSecretDecoder.decodeUnquoted(ascii("0sQUJDRA==")))).isEqualTo("41424344");
    assertThat(hexOf(StrongswanSecretDecoder.decodeUnquoted(ascii("0s-_-_")))).isEqualTo("fbffbf");
  }

  @Test
  void strongswanDecodesAPasswordThatHappensToStartWithZeroS() {
    Decoded decoded = StrongswanSecretDecoder.decodeUnquoted(ascii("0sesame123"));
    assertThat(decoded.encoding()).isEqualTo(SecretEncoding.BASE64);
    assertThat(decoded.bytes().orElseThrow().length()).isEqualTo(6);
  }

  @Test
  void strongswanKeepsOtherWordsAndABarePrefixAsText() {
    for (String word : new String[] {"secret", "abc#def", "0x", "0s", "0tab"}) {
      Decoded decoded = StrongswanSecretDecoder.decodeUnquoted(ascii(word));
      assertThat(decoded.encoding()).isEqualTo(SecretEncoding.PLAIN_TEXT);
      assertThat(decoded.bytes().orElseThrow()).isEqualTo(SecretBytes.of(ascii(word)));
    }
  }

  @Test
  void libreswanRejectsWordsWithoutPrefix() {
    assertThat(LibreswanSecretDecoder.decodeUnquoted(ascii("secret")).error())
        .contains(LibreswanSecretDecoder.NO_PREFIX);
    assertThat(LibreswanSecretDecoder.decodeUnquoted(ascii("abc#def")).error())
        .contains(LibreswanSecretDecoder.NO_PREFIX);
    assertThat(LibreswanSecretDecoder.decodeUnquoted(ascii("0q12")).error())
        .contains(LibreswanSecretDecoder.UNKNOWN_PREFIX);
  }

  @Test
  void libreswanHexIsStrict() {
    assertThat(LibreswanSecretDecoder.decodeUnquoted(ascii("0x41424")).error())
        .contains(LibreswanSecretDecoder.MID_BYTE);
    assertThat(LibreswanSecretDecoder.decodeUnquoted(ascii("0xZZ")).error())
        .contains(LibreswanSecretDecoder.UNKNOWN_CHARACTER);
    assertThat(LibreswanSecretDecoder.decodeUnquoted(ascii("0x")).error())
        .contains(LibreswanSecretDecoder.NO_DATA);
    assertThat(hexOf(LibreswanSecretDecoder.decodeUnquoted(ascii("0x41_42")))).isEqualTo("4142");
    assertThat(hexOf(LibreswanSecretDecoder.decodeUnquoted(ascii("0x7365_6372_6574_2d64"))))
        .isEqualTo("7365637265742d64");
  }

  @Test
  void libreswanBase64NeedsFullGroupsAndZeroPadding() {
    assertThat(LibreswanSecretDecoder.decodeUnquoted(ascii("0sQUJ")).error())
        .contains(LibreswanSecretDecoder.MID_BYTE);
    assertThat(hexOf(LibreswanSecretDecoder.decodeUnquoted(ascii("0sQUI=")))).isEqualTo("4142");
    assertThat(hexOf(LibreswanSecretDecoder.decodeUnquoted(ascii("0sQQ==")))).isEqualTo("41");
    assertThat(LibreswanSecretDecoder.decodeUnquoted(ascii("0sQR==")).error())
        .contains(LibreswanSecretDecoder.NONZERO_PADDING);
    assertThat(LibreswanSecretDecoder.decodeUnquoted(ascii("0sQ!==")).error())
        .contains(LibreswanSecretDecoder.UNKNOWN_CHARACTER);
  }

  @Test
  void libreswanTextPrefixKeepsBlanksAndHash() {
    Decoded decoded = LibreswanSecretDecoder.decodeUnquoted(ascii("0tab cd # x"));
    assertThat(decoded.encoding()).isEqualTo(SecretEncoding.TEXT_PREFIX);
    assertThat(decoded.bytes().orElseThrow()).isEqualTo(SecretBytes.of(ascii("ab cd # x")));
  }

  @Test
  void secretBytesNeverShowThemselves() {
    SecretBytes secret = SecretBytes.of(ascii("hunter2-very-secret"));
    assertThat(secret.toString()).isEqualTo("********").doesNotContain("hunter2");
    assertThat(secret.length()).isEqualTo(19);
  }
}

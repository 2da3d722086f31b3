// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  private static final List<String> KEYWORDS = List.of("leftid", "leftsubnet", "esp_proposals", "initial-contact", "tfc");

  @Test
  void distanceIsLevenshtein() {
    assertThat(DidYouMean.distance("left-id", "leftid")).isEqualTo(1);
    assertThat(DidYouMean.distance("leftsubnets", "leftsubnet")).isEqualTo(1);
    assertThat(DidYouMean.distance("foo", "tfc")).isEqualTo(3);
  }

  @Test
  void suggestsTyposAndCaseSlips() {
    assertThat(DidYouMean.closest("LEFTID", KEYWORDS)).contains("leftid");
    assertThat(DidYouMean.closest("esp_proposal", KEYWORDS)).contains("esp_proposals");
    assertThat(DidYouMean.closest("initial_contact", KEYWORDS)).contains("initial-contact");
  }

  @Test
  void staysQuietWhenNothingIsClose() {
    assertThat(DidYouMean.closest("foo", KEYWORDS)).isEmpty();
    assertThat(DidYouMean.hint("compress", KEYWORDS)).isEmpty();
  }
}

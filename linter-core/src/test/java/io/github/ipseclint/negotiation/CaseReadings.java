// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.model.target.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The reading file {@code negotiation/case-readings.yaml}: the release each version bucket is
 * evaluated with, fragments the case files lack (a plain peer for a case whose side is
 * {@code n/a}), and one reading per case entry.
 */
record CaseReadings(Map<String, List<String>> releases, Map<String, String> extraFragments,
    List<CaseReading> readings) {

  static final String RESOURCE = "/negotiation/case-readings.yaml";

  CaseReadings {
    releases = Map.copyOf(releases);
    extraFragments = Map.copyOf(extraFragments);
    readings = List.copyOf(readings);
  }

  static CaseReadings load() {
    Map<String, Object> root;
    try (InputStream in = CaseReadings.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test class path");
      }
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<String>> releases = new LinkedHashMap<>();
    CaseYaml.map(root, "releases").keySet().forEach(bucket ->
        releases.put(bucket, CaseYaml.strings(CaseYaml.map(root, "releases"), bucket)));
    Map<String, String> extra = new LinkedHashMap<>();
    CaseYaml.optionalMap(root, "extraFragments").ifPresent(fragments ->
        fragments.forEach((name, text) -> extra.put(name, String.valueOf(text))));
    List<CaseReading> readings = new ArrayList<>();
    for (Map<String, Object> node : CaseYaml.mapList(root, "readings")) {
      readings.add(CaseReading.of(node));
    }
    return new CaseReadings(releases, extra, readings);
  }

  List<CaseReading> of(String caseId) {
    return readings.stream().filter(reading -> reading.caseId().equals(caseId)).toList();
  }

  Optional<CaseReading> of(String caseId, String entry) {
    return readings.stream()
        .filter(reading -> reading.caseId().equals(caseId) && reading.entry().equals(entry))
        .findFirst();
  }

  /**
   * The releases a list of versions stands for: bucket names expand through the release table
   * (which may name other buckets), anything else must be a target such as {@code libreswan-4.10}.
   */
  List<Target> targets(List<String> versions) {
    Set<Target> targets = new LinkedHashSet<>();
    for (String version : versions) {
      expand(version, targets, 0);
    }
    return List.copyOf(targets);
  }

  private void expand(String version, Set<Target> into, int depth) {
    if (depth > 5) {
      throw new IllegalArgumentException("release table loops at " + version);
    }
    List<String> members = releases.get(version);
    if (members != null) {
      members.forEach(member -> expand(member, into, depth + 1));
      return;
    }
    into.add(Target.parse(version).filter(target -> version.matches("[a-z]+-\\d+\\.\\d+(\\.\\d+)?"))
        .orElseThrow(() -> new IllegalArgumentException("neither a bucket of the release table nor a release: "
            + version)));
  }

  /** The text of a fragment: the case's own, else one of the extra fragments. */
  Optional<String> fragment(NegotiationCase negotiationCase, Side side, String key) {
    return negotiationCase.fragment(side, key).or(() -> Optional.ofNullable(extraFragments.get(key)));
  }
}

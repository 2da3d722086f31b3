// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.libreswan;

import io.github.ipseclint.model.conf.LoadStatus;
import io.github.ipseclint.model.conf.ResolvedSection;
import io.github.ipseclint.model.conf.ResolvedSetting;
import io.github.ipseclint.model.conf.ResolvedSetting.Origin;
import io.github.ipseclint.model.conf.SectionKind;
import io.github.ipseclint.model.conf.Setting;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.source.ByteText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups the spliced sections the way Libreswan's confread does: one merged {@code config
 * setup}, {@code %default} values applied softly, {@code also=} applied in place (5.x) or after
 * the conn's own keys (4.x), and same-named conns kept apart.
 */
final class LibreswanResolver {
  /** Repeatable: the daemon appends the values instead of calling it a duplicate. */
  static final String REPEATABLE = "connalias";

  private final LibreswanReport report;
  private final List<ParsedSection> sections;
  /** The first conn of each name: also= never sees a later one. */
  private final Map<String, ParsedSection> firstConns = new HashMap<>();
  private final boolean fourX;

  LibreswanResolver(LibreswanReport report, List<ParsedSection> sections) {
    this.report = report;
    this.sections = List.copyOf(sections);
    this.fourX = !report.atLeast(5, 0);
    for (ParsedSection section : this.sections) {
      if (!section.written().isConfigSetup() && !section.written().isDefault()) {
        firstConns.putIfAbsent(section.name().latin1(), section);
      }
    }
  }

  Optional<ResolvedSection> configSetup() {
    List<ParsedSection> setups = sections.stream().filter(s -> s.written().isConfigSetup()).toList();
    if (setups.isEmpty()) {
      return Optional.empty();
    }
    if (fourX) {
      for (ParsedSection ignored : setups.subList(1, setups.size())) {
        report.warn(CoreRule.DUPLICATE_SECTION, ignored.written().header().span(), "Libreswan "
            + report.target().version() + " silently ignores every 'config setup' section but the first");
      }
      setups = setups.subList(0, 1);
    }
    Map<String, ResolvedSetting> settings = new LinkedHashMap<>();
    for (ParsedSection setup : setups) {
      for (KeptSetting kept : setup.kept()) {
        ResolvedSetting earlier = settings.put(kept.key(), own(kept, ByteText.EMPTY));
        if (earlier != null && !fourX) {
          report.warn(CoreRule.DUPLICATE_KEY, kept.setting().span(),
              "overriding earlier 'config setup' keyword with new value: " + kept.written());
        }
      }
    }
    return Optional.of(new ResolvedSection(SectionKind.CONFIG_SETUP, ByteText.EMPTY,
        setups.stream().map(s -> s.written().header()).toList(), settings,
        setups.stream().flatMap(s -> s.written().settings().stream()).toList(), List.of(),
        status(false)));
  }

  List<ResolvedSection> defaults() {
    return sections.stream().filter(s -> s.written().isDefault())
        .map(s -> section(s, ownSettings(s), status(false))).toList();
  }

  List<ResolvedSection> conns() {
    Map<String, ResolvedSetting> defaults = defaultValues();
    List<ResolvedSection> conns = new ArrayList<>();
    for (ParsedSection conn : sections) {
      if (conn.written().isConfigSetup() || conn.written().isDefault()) {
        continue;
      }
      ConnResolution resolution = new ConnResolution(conn);
      resolution.run();
      Map<String, ResolvedSetting> settings = new LinkedHashMap<>(resolution.values);
      defaults.forEach(settings::putIfAbsent);
      conns.add(section(conn, settings, status(resolution.dropped || conn.dropped())));
    }
    return conns;
  }

  /** All {@code %default} sections, last value wins across sections. */
  private Map<String, ResolvedSetting> defaultValues() {
    Map<String, ResolvedSetting> values = new LinkedHashMap<>();
    for (ParsedSection section : sections) {
      if (!section.written().isDefault()) {
        continue;
      }
      ByteText from = section.written().header().nameText();
      for (KeptSetting kept : section.kept()) {
        if (kept.isAlso()) {
          defaultAlso(section, kept, values);
        } else {
          values.put(kept.key(), new ResolvedSetting(kept.setting(), Origin.DEFAULT, from));
        }
      }
    }
    return values;
  }

  /** Only 4.x gets here (5.x rejects the file): 4.15 drops that default, 4.10 applies it anyway. */
  private void defaultAlso(ParsedSection section, KeptSetting also, Map<String, ResolvedSetting> values) {
    boolean dropped = report.target().isAtLeast(4, 15);
    String message = "also= is not valid in section '%default'";
    if (dropped) {
      report.dropSection(CoreRule.PARSE_ERROR, also.setting().span(), message + " (that %default is dropped)");
      section.kept().forEach(kept -> values.remove(kept.key()));
      return;
    }
    report.warn(CoreRule.PARSE_ERROR, also.setting().span(), message + " (Libreswan "
        + report.target().version() + " applies it anyway)");
    for (String name : alsoNames(also)) {
      findConn(name).ifPresent(target -> target.kept().stream().filter(kept -> !kept.isAlso())
          .forEach(kept -> values.put(kept.key(),
              new ResolvedSetting(kept.setting(), Origin.DEFAULT, target.name()))));
    }
  }

  private Map<String, ResolvedSetting> ownSettings(ParsedSection section) {
    Map<String, ResolvedSetting> values = new LinkedHashMap<>();
    for (KeptSetting kept : section.kept()) {
      if (!kept.isAlso()) {
        values.putIfAbsent(kept.key(), own(kept, section.name()));
      }
    }
    return values;
  }

  private ResolvedSection section(ParsedSection section, Map<String, ResolvedSetting> settings, LoadStatus status) {
    List<Setting> also = section.kept().stream().filter(KeptSetting::isAlso).map(KeptSetting::setting).toList();
    return new ResolvedSection(SectionKind.CONN, section.name(), List.of(section.written().header()),
        settings, section.written().settings(), also, status);
  }

  private LoadStatus status(boolean dropped) {
    if (report.fileRejected()) {
      return LoadStatus.FILE_REJECTED;
    }
    return dropped ? LoadStatus.SECTION_DROPPED : LoadStatus.LOADED;
  }

  private static ResolvedSetting own(KeptSetting kept, ByteText name) {
    return new ResolvedSetting(kept.setting(), Origin.OWN, name);
  }

  /** The first conn of that name: also= never sees a later one. */
  private Optional<ParsedSection> findConn(String name) {
    return Optional.ofNullable(firstConns.get(name));
  }

  /** 5.x: the value is one name (blanks included); 4.x: a blank-separated list. */
  private List<String> alsoNames(KeptSetting also) {
    String value = also.value().latin1();
    return fourX ? List.of(value.trim().split("[ \t]+")) : List.of(value);
  }

  /** The values of one conn, with the daemon's conflict rules. */
  private final class ConnResolution {
    private final ParsedSection conn;
    private final Map<String, ResolvedSetting> values = new LinkedHashMap<>();
    // Sections are visited as objects: two conns may be written alike, and a record's hash would
    // walk every setting of the section on each look-up.
    private final Set<ParsedSection> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean dropped;

    ConnResolution(ParsedSection conn) {
      this.conn = conn;
    }

    void run() {
      visited.add(conn);
      if (fourX) {
        applyBreadthFirst();
      } else {
        applyInPlace(conn);
      }
    }

    private void applyInPlace(ParsedSection section) {
      for (KeptSetting kept : section.kept()) {
        if (!kept.isAlso()) {
          set(section, kept);
          continue;
        }
        Optional<ParsedSection> target = target(kept, alsoNames(kept).get(0));
        if (target.isPresent() && visited.add(target.get())) {
          applyInPlace(target.get());
        }
      }
    }

    /** 4.x: own keys first, then also= targets level by level. */
    private void applyBreadthFirst() {
      List<ParsedSection> queue = new ArrayList<>(List.of(conn));
      for (int i = 0; i < queue.size(); i++) {
        ParsedSection section = queue.get(i);
        for (KeptSetting kept : section.kept()) {
          if (!kept.isAlso()) {
            set(section, kept);
          }
        }
        for (KeptSetting kept : section.kept()) {
          if (!kept.isAlso()) {
            continue;
          }
          for (String name : alsoNames(kept)) {
            target(kept, name).filter(visited::add).ifPresent(queue::add);
          }
        }
      }
    }

    private Optional<ParsedSection> target(KeptSetting also, String name) {
      Optional<ParsedSection> target = findConn(name);
      if (target.isEmpty()) {
        dropped = true;
        String message = "cannot find conn '" + new ByteText(name).display() + "' needed by conn '"
            + conn.name().display() + "': that conn is not loaded";
        if (report.hasUnresolvedIncludes()) {
          report.warn(CoreRule.UNDEFINED_REFERENCE, also.setting().span(),
              message + " (unless an include that could not be read defines it)");
        } else {
          report.dropSection(CoreRule.UNDEFINED_REFERENCE, also.setting().span(), message);
        }
      }
      return target;
    }

    private void set(ParsedSection section, KeptSetting kept) {
      ResolvedSetting earlier = values.get(kept.key());
      if (earlier != null && kept.key().equals(REPEATABLE)) {
        return;
      }
      if (earlier == null) {
        Origin origin = section == conn ? Origin.OWN : Origin.ALSO;
        values.put(kept.key(), new ResolvedSetting(kept.setting(), origin, section.name()));
        return;
      }
      String message = "duplicate key '" + kept.key() + "' in conn " + conn.name().display()
          + " while processing def " + section.name().display();
      if (earlier.value().equals(kept.value())) {
        report.warn(CoreRule.DUPLICATE_KEY, kept.setting().span(), message + " (same value)");
      } else {
        dropped = true;
        report.dropSection(CoreRule.DUPLICATE_KEY, kept.setting().span(), message
            + ": the first value '" + earlier.value().display() + "' stays and conn "
            + conn.name().display() + " is not loaded");
      }
    }
  }
}

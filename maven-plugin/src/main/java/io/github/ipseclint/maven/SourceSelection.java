// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.maven;

import io.github.ipseclint.engine.config.PathGlob;
import io.github.ipseclint.parse.detect.FileKindByName;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * The files one module checks: its source directories' files of a known kind (or matching the
 * includes), minus the excludes, its build directory and its sub-modules' directories, which the
 * sub-modules check themselves.
 */
final class SourceSelection {
  private final MavenProject project;
  private final List<File> directories;
  private final List<String> includes;
  private final List<String> excludes;

  SourceSelection(MavenProject project, List<File> directories, List<String> includes, List<String> excludes) {
    this.project = project;
    this.directories = directories.isEmpty() ? List.of(project.getBasedir()) : List.copyOf(directories);
    this.includes = List.copyOf(includes);
    this.excludes = List.copyOf(excludes);
  }

  List<Path> files() throws MojoExecutionException {
    List<PathGlob> included = globs(includes, "includes");
    List<PathGlob> excluded = globs(excludes, "excludes");
    List<Path> skipped = skippedDirectories();
    TreeSet<Path> files = new TreeSet<>();
    for (File directory : directories) {
      Path base = directory.toPath().toAbsolutePath().normalize();
      if (!Files.isDirectory(base)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(base)) {
        walk.filter(Files::isRegularFile)
            .filter(file -> skipped.stream().noneMatch(file::startsWith))
            .filter(file -> included.isEmpty() ? FileKindByName.of(file).isPresent()
                : included.stream().anyMatch(glob -> glob.matches(base, file)))
            .filter(file -> excluded.stream().noneMatch(glob -> glob.matches(base, file)))
            .forEach(files::add);
      } catch (IOException | UncheckedIOException e) {
        throw new MojoExecutionException("ipseclint: cannot list the files in " + base
            + " (" + e.getClass().getSimpleName() + ")", e);
      }
    }
    return new ArrayList<>(files);
  }

  private List<Path> skippedDirectories() {
    List<Path> skipped = new ArrayList<>();
    skipped.add(Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize());
    for (String module : project.getModules()) {
      Path path = project.getBasedir().toPath().resolve(module).toAbsolutePath().normalize();
      // A module may be named by its pom file; its directory is what it checks.
      skipped.add(Files.isDirectory(path) ? path : path.getParent());
    }
    return skipped;
  }

  private static List<PathGlob> globs(List<String> patterns, String parameter) throws MojoExecutionException {
    List<PathGlob> globs = new ArrayList<>();
    for (String pattern : patterns) {
      try {
        globs.add(PathGlob.of(pattern));
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("ipseclint: <" + parameter + "> has a bad glob '" + pattern
            + "'; write globs like **/ipsec.conf or swanctl/conf.d/*.conf");
      }
    }
    return globs;
  }
}

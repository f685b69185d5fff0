import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs the hand-made mutants of issue #16 and says which tests catch each one.
 *
 * <p>Usage, from the repository root: {@code java scripts/HandMutants.java [options] [id ...]}.
 * Reads the mutants from {@code scripts/hand-mutants/mutants.txt} (format described at the top of
 * that file). Copies the repository once (without {@code .git} and {@code target} folders) into a
 * scratch folder, then for each mutant, one after another: restores the files the previous mutant
 * changed, applies the mutant's replacements (each snippet must occur exactly once), runs
 * {@code ./mvnw -B -o -q -pl ipt-core -am test} there with test failures ignored, and reads the
 * surefire XML reports to count and name the failed and errored tests. The user's working tree is
 * never written to. Prints a Markdown table (id, behaviour, tests failing, verdict: caught when at
 * least two tests fail) followed by the failing tests of each mutant.
 *
 * <p>Options: {@code --testkit} also runs the {@code ipt-testkit} tests; {@code --check} only checks
 * that every snippet occurs exactly once (no build); {@code --baseline} first runs the unmutated
 * copy, which must fail no test; {@code --scratch DIR} uses DIR (emptied) instead of a new folder
 * under the system temporary folder; {@code --keep} leaves the scratch folder in place; {@code
 * --mutants FILE} reads another mutant file; {@code --no-error-prone} drops the Error Prone compiler
 * plugin from the scratch copy's POM (the same classes, built faster); {@code --full-compile}
 * recompiles the whole module for every mutant (by default the scratch copy keeps its classes and
 * only the sources newer than their classes, the mutated and the restored files, are recompiled:
 * the mutants change method bodies only, never a signature or a compile-time constant); ids name the mutants to run (all when none).
 *
 * <p>Exit code 0 when every mutant run is caught by at least two tests, 1 when one is caught by
 * fewer, 2 on a usage error, a snippet not found exactly once, or a build that failed (a mutant
 * that does not compile, or a failing baseline).
 */
public final class HandMutants {
  private static final int CAUGHT_AT = 2;
  private static final int NAMES_SHOWN = 12;

  record Edit(String file, String find, String replace) {}

  record Mutant(String id, String behaviour, List<Edit> edits) {}

  record Result(Mutant mutant, boolean built, Set<String> failing, long seconds) {}

  public static void main(String[] args) throws Exception {
    boolean testkit = false;
    boolean checkOnly = false;
    boolean baseline = false;
    boolean keep = false;
    boolean errorProne = true;
    boolean fullCompile = false;
    Path scratch = null;
    Path mutantsFile = Path.of("scripts/hand-mutants/mutants.txt");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--testkit" -> testkit = true;
        case "--check" -> checkOnly = true;
        case "--baseline" -> baseline = true;
        case "--keep" -> keep = true;
        case "--no-error-prone" -> errorProne = false;
        case "--full-compile" -> fullCompile = true;
        case "--scratch", "--mutants" -> {
          if (i + 1 >= args.length) {
            usage("missing value after " + a);
          }
          if (a.equals("--scratch")) {
            scratch = Path.of(args[++i]).toAbsolutePath();
          } else {
            mutantsFile = Path.of(args[++i]);
          }
        }
        case "-h", "--help" -> {
          System.out.println(
              "usage: java scripts/HandMutants.java [--testkit] [--check] [--baseline]"
                  + " [--no-error-prone] [--full-compile] [--scratch DIR] [--keep] [--mutants FILE] [id ...]");
          return;
        }
        default -> {
          if (a.startsWith("-")) {
            usage("unknown option " + a);
          }
          ids.add(a);
        }
      }
    }
    Path repo = Path.of("").toAbsolutePath();
    if (!Files.isRegularFile(repo.resolve("ipt-core/pom.xml")) || !Files.isRegularFile(repo.resolve("mvnw"))) {
      usage("run from the repository root (no ipt-core/pom.xml or mvnw in " + repo + ")");
    }
    List<Mutant> all = parse(repo.resolve(mutantsFile));
    List<Mutant> chosen = new ArrayList<>();
    for (String id : ids) {
      chosen.add(all.stream().filter(m -> m.id().equals(id)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no mutant with id " + id)));
    }
    if (chosen.isEmpty()) {
      chosen = all;
    }
    // Every snippet of every chosen mutant is checked before anything is built.
    for (Mutant m : chosen) {
      apply(repo, m, true);
    }
    if (checkOnly) {
      System.out.println(chosen.size() + " mutants: every snippet occurs exactly once.");
      return;
    }

    if (scratch == null) {
      scratch = Files.createTempDirectory("ipt4j-hand-mutants-");
    } else if (repo.equals(scratch) || repo.startsWith(scratch)) {
      usage("the scratch folder must not hold the repository");
    } else {
      deleteTree(scratch);
    }
    System.err.println("scratch copy: " + scratch);
    copyTree(repo, scratch);
    if (!errorProne) {
      dropErrorProne(scratch.resolve("pom.xml"));
    }

    List<Result> results = new ArrayList<>();
    int exit = 0;
    if (baseline) {
      Result r = run(scratch, new Mutant("baseline", "the unmutated code", List.of()), testkit, fullCompile);
      if (!r.built() || !r.failing().isEmpty()) {
        System.err.println("the unmutated copy fails: " + (r.built() ? r.failing() : "build error"));
        System.exit(2);
      }
      System.err.println("baseline: no test fails (" + r.seconds() + " s)");
    }
    for (Mutant m : chosen) {
      apply(scratch, m, false);
      try {
        Result r = run(scratch, m, testkit, fullCompile);
        results.add(r);
        System.err.printf("%s: %s (%d s)%n", m.id(),
            r.built() ? r.failing().size() + " tests fail" : "BUILD ERROR", r.seconds());
        if (!r.built()) {
          exit = 2;
        } else if (r.failing().size() < CAUGHT_AT && exit == 0) {
          exit = 1;
        }
      } finally {
        restore(repo, scratch, m);
      }
    }
    printTable(results, testkit);
    if (!keep) {
      deleteTree(scratch);
    }
    System.exit(exit);
  }

  private static void usage(String message) {
    System.err.println("HandMutants: " + message);
    System.exit(2);
  }

  // ---------------------------------------------------------------------------- mutant file

  static List<Mutant> parse(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      usage("no mutant file " + file);
    }
    List<Mutant> mutants = new ArrayList<>();
    List<String> block = new ArrayList<>();
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add("");
    for (String line : lines) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        if (!block.isEmpty()) {
          mutants.add(mutant(block, file));
          block.clear();
        }
      } else {
        block.add(line);
      }
    }
    Set<String> seen = new TreeSet<>();
    for (Mutant m : mutants) {
      if (!seen.add(m.id())) {
        usage(file + ": mutant id " + m.id() + " twice");
      }
    }
    return mutants;
  }

  private static Mutant mutant(List<String> block, Path file) {
    String id = null;
    String behaviour = null;
    String currentFile = null;
    String find = null;
    List<Edit> edits = new ArrayList<>();
    for (String line : block) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        usage(file + ": not a key: value line: " + line);
      }
      String key = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "id" -> id = value;
        case "behaviour" -> behaviour = value;
        case "file" -> currentFile = value;
        case "find" -> {
          if (currentFile == null || find != null) {
            usage(file + ": find without a file before it, or two finds in a row: " + line);
          }
          find = unescape(value);
        }
        case "replace" -> {
          if (find == null) {
            usage(file + ": replace without a find before it: " + line);
          }
          // An empty replacement deletes the snippet; keep the value's inner spaces as written.
          edits.add(new Edit(currentFile, find, unescape(line.substring(colon + 1).replaceFirst("^ ", ""))));
          find = null;
        }
        default -> usage(file + ": unknown key " + key);
      }
    }
    if (id == null || behaviour == null || edits.isEmpty() || find != null) {
      usage(file + ": a mutant needs an id, a behaviour and file/find/replace: " + block);
    }
    return new Mutant(id, behaviour, List.copyOf(edits));
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == 'n' || s.charAt(i + 1) == '\\')) {
        b.append(s.charAt(i + 1) == 'n' ? '\n' : '\\');
        i++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  // ---------------------------------------------------------------------------- applying

  /** Applies the mutant under {@code root}, or with {@code dryRun} only checks its snippets. */
  private static void apply(Path root, Mutant m, boolean dryRun) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Edit e : m.edits()) {
      Path p = root.resolve(e.file());
      if (!texts.containsKey(e.file())) {
        if (!Files.isRegularFile(p)) {
          usage(m.id() + ": no file " + e.file());
        }
        texts.put(e.file(), Files.readString(p, StandardCharsets.UTF_8));
      }
      String text = texts.get(e.file());
      int count = occurrences(text, e.find());
      if (count != 1) {
        usage(m.id() + ": snippet found " + count + " times (must be exactly once) in " + e.file()
            + ": " + e.find().replace("\n", "\\n"));
      }
      texts.put(e.file(), text.replace(e.find(), e.replace()));
    }
    if (!dryRun) {
      for (Map.Entry<String, String> t : texts.entrySet()) {
        Files.writeString(root.resolve(t.getKey()), t.getValue(), StandardCharsets.UTF_8);
      }
    }
  }

  static int occurrences(String text, String snippet) {
    int count = 0;
    for (int at = text.indexOf(snippet); at >= 0; at = text.indexOf(snippet, at + 1)) {
      count++;
    }
    return count;
  }

  private static void restore(Path repo, Path scratch, Mutant m) throws IOException {
    for (Edit e : m.edits()) {
      Files.copy(repo.resolve(e.file()), scratch.resolve(e.file()), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  // ---------------------------------------------------------------------------- building

  private static Result run(Path scratch, Mutant m, boolean testkit, boolean fullCompile)
      throws Exception {
    List<String> modules = testkit ? List.of("ipt-core", "ipt-testkit") : List.of("ipt-core");
    for (String module : modules) {
      deleteTree(scratch.resolve(module).resolve("target/surefire-reports"));
    }
    Path log = scratch.resolve("target/hand-mutants/" + m.id() + ".log");
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(List.of(
        "./mvnw", "-B", "-o", "-q", "-pl", String.join(",", modules), "-am", "test",
        "-Dmaven.test.failure.ignore=true", "-Dsurefire.printSummary=false"));
    if (!fullCompile) {
      // Staleness only: recompile the sources newer than their classes (the mutated and the
      // restored files), not the whole module; the tests are compiled once.
      command.add("-Dmaven.compiler.useIncrementalCompilation=false");
    }
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command)
        .directory(scratch.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    int rc = p.waitFor();
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    if (rc != 0) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      System.err.println(m.id() + ": the build failed (exit " + rc + "); last lines of " + log
          + " (a quiet build hides compiler warnings that -Werror turns into errors: rerun it"
          + " without -q in the scratch copy, kept with --keep):");
      lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(l -> System.err.println("  " + l));
      return new Result(m, false, Set.of(), seconds);
    }
    Set<String> failing = new TreeSet<>();
    int reports = 0;
    for (String module : modules) {
      Path dir = scratch.resolve(module).resolve("target/surefire-reports");
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path xml : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).toList()) {
          reports++;
          failing.addAll(failingTests(xml));
        }
      }
    }
    if (reports == 0) {
      System.err.println(m.id() + ": no surefire report written; see " + log);
      return new Result(m, false, Set.of(), seconds);
    }
    return new Result(m, true, failing, seconds);
  }

  /** The failed or errored test cases of one surefire report, as Class.method[invocation]. */
  static Set<String> failingTests(Path xml) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var doc = factory.newDocumentBuilder().parse(xml.toFile());
    Set<String> names = new TreeSet<>();
    NodeList cases = doc.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      if (c.getElementsByTagName("failure").getLength() > 0
          || c.getElementsByTagName("error").getLength() > 0) {
        String cls = c.getAttribute("classname");
        // "method(String, int)[3]" is shown as "method[3]".
        String name = c.getAttribute("name").replaceFirst("\\(.*\\)", "");
        names.add(cls.substring(cls.lastIndexOf('.') + 1) + "." + name);
      }
    }
    return names;
  }

  // ---------------------------------------------------------------------------- output

  private static void printTable(List<Result> results, boolean testkit) {
    System.out.println("Hand-made mutants (#16), " + (testkit ? "ipt-core and ipt-testkit" : "ipt-core")
        + " tests; caught = at least " + CAUGHT_AT + " tests fail.");
    System.out.println();
    System.out.println("| id | behaviour | tests failing | verdict |");
    System.out.println("|---|---|---|---|");
    for (Result r : results) {
      String verdict = !r.built() ? "build error"
          : r.failing().size() >= CAUGHT_AT ? "caught" : "NOT CAUGHT";
      System.out.printf("| `%s` | %s | %s | %s |%n", r.mutant().id(),
          r.mutant().behaviour().replace("|", "\\|"), r.built() ? r.failing().size() : "—", verdict);
    }
    System.out.println();
    for (Result r : results) {
      if (!r.built()) {
        continue;
      }
      List<String> names = new ArrayList<>(r.failing());
      String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
      String more = names.size() > NAMES_SHOWN ? " and " + (names.size() - NAMES_SHOWN) + " more" : "";
      System.out.printf("- `%s` (%d s): %s%s%n", r.mutant().id(), r.seconds(),
          names.isEmpty() ? "no test fails" : shown, more);
    }
  }

  /**
   * Removes the Error Prone plugin argument from the scratch copy's parent POM: the classes
   * compiled are the same, the build is several times faster, and a mutant is judged by the tests
   * alone.
   */
  private static void dropErrorProne(Path pom) throws IOException {
    List<String> lines = Files.readAllLines(pom, StandardCharsets.UTF_8);
    List<String> kept = lines.stream().filter(l -> !l.contains("<arg>-Xplugin:ErrorProne")).toList();
    if (lines.size() - kept.size() != 1) {
      usage("--no-error-prone: the Error Prone argument is not on exactly one line of " + pom);
    }
    Files.write(pom, kept, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------------------- files

  private static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        if (!dir.equals(from) && (name.equals(".git") || name.equals("target") || name.equals("ipt4j-output"))) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isRegularFile() && !file.getFileName().toString().equals(".git")) {
          Files.copy(file, to.resolve(from.relativize(file).toString()),
              StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

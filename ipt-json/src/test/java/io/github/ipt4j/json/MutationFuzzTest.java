package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Randomly mutated valid documents (byte flips, truncations, insertions, deletions, duplications)
 * are either read or refused with {@link IptJsonException}; nothing else ever comes out.
 */
class MutationFuzzTest {
  private static final IptJson JSON = IptJson.defaults();
  private static final List<String> SEEDS = HostileCorpusTest.validSeeds().toList();
  private static final String[] INSERTS = {
    "{", "}", "[", "]", "\"", ",", ":", "null", "true", "-1", "0", "2147483648", "1e400", "1.5",
    "\"x\":1,", "\"format\":\"ipt4j.event\",", "\\u0000", "\\", "\n", "\uD800", "\u00e9", "[[[[",
    "\"type\":\"course-opened\",", "\"version\":2,", "\"events\":[],", "\"SECRET\":{}"
  };

  static byte[] mutate(byte[] doc, Random r) {
    byte[] out = doc;
    int n = 1 + r.nextInt(3);
    for (int k = 0; k < n && out.length > 0; k++) {
      int at = r.nextInt(out.length);
      switch (r.nextInt(5)) {
        case 0 -> {
          out = out.clone();
          out[at] = (byte) r.nextInt(256);
        }
        case 1 -> out = Arrays.copyOf(out, at);
        case 2 -> {
          byte[] ins = INSERTS[r.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8);
          byte[] next = new byte[out.length + ins.length];
          System.arraycopy(out, 0, next, 0, at);
          System.arraycopy(ins, 0, next, at, ins.length);
          System.arraycopy(out, at, next, at + ins.length, out.length - at);
          out = next;
        }
        case 3 -> {
          int end = Math.min(out.length, at + 1 + r.nextInt(40));
          byte[] next = new byte[out.length - (end - at)];
          System.arraycopy(out, 0, next, 0, at);
          System.arraycopy(out, end, next, at, out.length - end);
          out = next;
        }
        default -> {
          int end = Math.min(out.length, at + 1 + r.nextInt(60));
          byte[] next = new byte[out.length + (end - at)];
          System.arraycopy(out, 0, next, 0, end);
          System.arraycopy(out, at, next, end, out.length - at);
          out = next;
        }
      }
    }
    return out;
  }

  @Test
  void mutatedDocumentsGiveAValueOrTheOneException() {
    qt().withExamples(2_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              String file = SEEDS.get(r.nextInt(SEEDS.size()));
              byte[] doc = HostileCorpusTest.bytes("/valid/" + file);
              byte[] mutated = mutate(doc, r);
              try {
                Object value = HostileCorpusTest.read(JSON, file, mutated);
                if (!(value instanceof EventLogRead)) {
                  assertEquals(value, HostileCorpusTest.read(JSON, file, JSON.writeBytes(value)));
                }
              } catch (IptJsonException expected) {
                assertEquals(
                    expected.getMessage().startsWith(expected.errorCode().code()), true);
              } catch (Throwable other) {
                fail("unexpected " + other.getClass().getName() + " for seed " + seed, other);
              }
            });
  }

  @Test
  void mutatedGeneratedCoursesGiveACourseOrTheOneException() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              byte[] doc = JSON.writeBytes(Gens.course(r));
              byte[] mutated = mutate(doc, r);
              try {
                HostileCorpusTest.read(JSON, "x.course.json", mutated);
              } catch (IptJsonException expected) {
                assertEquals(
                    expected.getMessage().startsWith(expected.errorCode().code()), true);
              } catch (Throwable other) {
                fail("unexpected " + other.getClass().getName() + " for seed " + seed, other);
              }
            });
  }
}

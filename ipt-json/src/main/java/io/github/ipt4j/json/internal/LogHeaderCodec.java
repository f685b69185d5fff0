package io.github.ipt4j.json.internal;

import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.json.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The header line of a version-2 JSON Lines event log: {@code {"format":"ipt4j.log","version":2,
 * "protocol":{...}}}, naming the protocol the log was written under — a built-in preset by id and
 * the digest of its canonical definition, or a custom protocol's full definition (#12). Internal.
 */
public final class LogHeaderCodec {
  /** The {@code format} of a log header. */
  public static final String FORMAT = "ipt4j.log";

  /** The version of the log header (headers exist from format version 2). */
  public static final int VERSION = 2;

  private static final String SHA256 = "sha256:";

  private LogHeaderCodec() {}

  /**
   * Writes the header line's object (without the line end).
   *
   * @param out the output, outside any object
   * @param protocol the protocol of the log
   */
  public static void write(Out out, Protocol protocol) {
    out.beginObject();
    out.name("format").string(FORMAT);
    out.name("version").number(VERSION);
    out.name("protocol").beginObject();
    if (isBuiltIn(protocol)) {
      out.name("id").string(protocol.id());
      out.name("digest").string(digest(protocol));
    } else {
      out.name("definition").beginObject();
      ProtocolCodec.INSTANCE.writeBody(out, protocol);
      out.endObject();
    }
    out.endObject();
    out.endObject();
  }

  /** Tells whether a protocol is exactly a built-in preset of this release. */
  static boolean isBuiltIn(Protocol protocol) {
    Optional<Protocol> preset = Protocols.byId(protocol.id());
    return preset.isPresent() && digest(preset.get()).equals(digest(protocol));
  }

  /**
   * Returns the digest of a protocol's definition: {@code "sha256:"} and the lower-case hex SHA-256
   * of its compact canonical {@code ipt4j.protocol} document of format version 2.
   *
   * @param protocol the protocol
   * @return the digest
   */
  public static String digest(Protocol protocol) {
    CanonicalWriter w = new CanonicalWriter(false);
    Codecs.write(w, ProtocolCodec.INSTANCE, protocol);
    byte[] hash;
    try {
      hash = MessageDigest.getInstance("SHA-256").digest(w.toString().getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
    StringBuilder sb = new StringBuilder(SHA256.length() + 64).append(SHA256);
    for (byte b : hash) {
      sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return sb.toString();
  }

  /**
   * Tells whether a parsed first line is a log header (an object whose {@code format} is {@code
   * "ipt4j.log"}) rather than an event.
   *
   * @param root the parsed line
   * @return true for a header
   */
  public static boolean isHeader(Node root) {
    return root instanceof Node.Obj o
        && o.fields().get("format") instanceof Node.Str s
        && s.value().equals(FORMAT);
  }

  /**
   * Reads a header and resolves the protocol it names: the built-in preset of that id, whose
   * definition in this release or in an earlier release ({@link PresetDigests}) must have the
   * digest the header gives, or the embedded definition. If the caller names a protocol
   * too, it must be the same definition (same digest).
   *
   * @param root the header line's object
   * @param settings the reader settings
   * @param explicit the protocol the caller names, or null
   * @return the protocol of the log
   * @throws io.github.ipt4j.json.IptJsonException with {@link ErrorCode#PROTOCOL} if the protocol
   *     cannot be resolved or disagrees with {@code explicit}, or another code for a malformed
   *     header
   */
  public static Protocol read(Node root, Settings settings, @Nullable Protocol explicit) {
    In in = In.document(root, settings);
    in.allow("protocol");
    Pointer versionAt = Pointer.ROOT.key("version");
    Node version = in.required("version");
    int v = In.integer(version, versionAt, Integer.MIN_VALUE, Integer.MAX_VALUE);
    if (v > VERSION) {
      throw Fail.at(
          ErrorCode.VERSION,
          versionAt,
          version,
          "the log header has format version "
              + v
              + "; this reader knows versions up to "
              + VERSION
              + ": a reader that supports version "
              + v
              + " is needed");
    }
    if (v < VERSION) {
      throw Fail.at(
          ErrorCode.VERSION,
          versionAt,
          version,
          "log headers exist from format version 2 (a version 1 log has no header line)");
    }
    In p = in.object("protocol");
    p.allow("id", "digest", "definition");
    if (p.has("definition")) {
      if (p.has("id") || p.has("digest")) {
        throw Fail.at(
            ErrorCode.VALUE,
            p.pointer(),
            p.node(),
            "a log names its protocol either by id and digest (a built-in protocol) or by its"
                + " definition (a custom protocol), not both");
      }
      Protocol defined = ProtocolCodec.INSTANCE.readBody(p.object("definition"));
      if (explicit != null && !digest(explicit).equals(digest(defined))) {
        throw Fail.at(
            ErrorCode.PROTOCOL,
            p.pointer().key("definition"),
            p.required("definition"),
            "the protocol given by the caller differs from the definition this log was written"
                + " under; read the log without naming a protocol, or name that definition");
      }
      return defined;
    }
    String id = p.string("id");
    Pointer digestAt = p.pointer().key("digest");
    String digest = p.string("digest");
    if (!digest.matches("sha256:[0-9a-f]{64}")) {
      throw Fail.at(
          ErrorCode.VALUE,
          digestAt,
          p.required("digest"),
          "the digest must be sha256: followed by 64 lower-case hex digits");
    }
    if (explicit != null) {
      boolean sameDefinition =
          digest(explicit).equals(digest)
              || (isBuiltIn(explicit) && PresetDigests.isReleased(id, digest));
      if (!explicit.id().equals(id) || !sameDefinition) {
        throw Fail.at(
            ErrorCode.PROTOCOL,
            p.pointer(),
            p.node(),
            "the protocol given by the caller is not the one this log was written under (its id"
                + " or the digest of its definition differs); read the log without naming a"
                + " protocol, or name the protocol the log names");
      }
      return explicit;
    }
    Optional<Protocol> preset = Protocols.byId(id);
    if (preset.isEmpty()) {
      throw Fail.at(
          ErrorCode.PROTOCOL,
          p.pointer().key("id"),
          p.required("id"),
          "the log names a built-in protocol this release does not have; name its definition"
              + " explicitly to read it");
    }
    if (!digest(preset.get()).equals(digest) && !PresetDigests.isReleased(id, digest)) {
      throw Fail.at(
          ErrorCode.PROTOCOL,
          digestAt,
          p.required("digest"),
          "this release's definition of the built-in protocol "
              + preset.get().id()
              + " is not the one the log names, and no release of ipt4j shipped a definition"
              + " with that digest; it is not replayed under other rules: name the definition it"
              + " was written under explicitly");
    }
    return preset.get();
  }
}

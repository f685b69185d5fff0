package io.github.ipt4j.json;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.decision.Agenda;
import io.github.ipt4j.core.decision.FidelityReport;
import io.github.ipt4j.core.decision.ReadinessAssessment;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.EventType;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.json.internal.AgendaCodec;
import io.github.ipt4j.json.internal.Codec;
import io.github.ipt4j.json.internal.Codecs;
import io.github.ipt4j.json.internal.CourseCodec;
import io.github.ipt4j.json.internal.EventCodec;
import io.github.ipt4j.json.internal.FidelityCodec;
import io.github.ipt4j.json.internal.GeneratorOut;
import io.github.ipt4j.json.internal.MeasurementCodec;
import io.github.ipt4j.json.internal.Node;
import io.github.ipt4j.json.internal.ProtocolCodec;
import io.github.ipt4j.json.internal.ReadinessCodec;
import io.github.ipt4j.json.internal.RecommendationsCodec;
import io.github.ipt4j.json.internal.Settings;
import io.github.ipt4j.json.internal.TreeReader;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 module for hosts that already have their own {@code JsonMapper}: it adds serializers
 * and deserializers for {@link Course}, {@link CourseEvent} (and each event record), {@link
 * Protocol}, {@link Measurement}, {@link ReadinessAssessment}, {@link FidelityReport}, {@link
 * Recommendations} and {@link Agenda} that write and read exactly the documents of {@link
 * IptJson},
 * and changes nothing else about the host's mapper (no naming strategy, no features, no
 * polymorphic typing).
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new IptJsonModule()).build();
 * // or, found through ServiceLoader:
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * }</pre>
 *
 * <p>Values are written as whole documents (with {@code "format"} and {@code "version"}) wherever
 * they appear in the host's data. Reading applies the same validation as {@link IptJson} (a
 * course's stored history is rebuilt, see {@link IptJson.Builder#validateHistory(boolean)}) and
 * the default limits on strings and nesting; the host's own parser limits
 * apply too. A problem is reported as a Jackson {@link DatabindException} whose cause is the
 * {@link IptJsonException}, with its code and pointer relative to the value.
 *
 * <p>The module is registered for {@link java.util.ServiceLoader} as a {@code
 * tools.jackson.databind.JacksonModule}. Use {@link IptJson#module()} for other limits. Instances
 * are immutable once registered and thread-safe.
 */
public final class IptJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module's name, also its registration id. */
  public static final String NAME = "ipt4j-json";

  /** Creates the module with the default limits (what {@link java.util.ServiceLoader} uses). */
  public IptJsonModule() {
    this(Settings.DEFAULTS);
  }

  IptJsonModule(Settings settings) {
    super(NAME, Version.unknownVersion());
    addSerializer(Course.class, new Ser<>(CourseCodec.INSTANCE));
    addSerializer(CourseEvent.class, new Ser<>(EventCodec.INSTANCE));
    addSerializer(Protocol.class, new Ser<>(ProtocolCodec.INSTANCE));
    addSerializer(Measurement.class, new Ser<>(MeasurementCodec.INSTANCE));
    addDeserializer(Course.class, new Deser<>(Course.class, settings));
    addDeserializer(CourseEvent.class, new Deser<>(CourseEvent.class, settings));
    addDeserializer(Protocol.class, new Deser<>(Protocol.class, settings));
    addDeserializer(Measurement.class, new Deser<>(Measurement.class, settings));
    addSerializer(ReadinessAssessment.class, new Ser<>(ReadinessCodec.INSTANCE));
    addSerializer(FidelityReport.class, new Ser<>(FidelityCodec.INSTANCE));
    addDeserializer(ReadinessAssessment.class, new Deser<>(ReadinessAssessment.class, settings));
    addDeserializer(FidelityReport.class, new Deser<>(FidelityReport.class, settings));
    addSerializer(Recommendations.class, new Ser<>(RecommendationsCodec.INSTANCE));
    addSerializer(Agenda.class, new Ser<>(AgendaCodec.INSTANCE));
    addDeserializer(Recommendations.class, new Deser<>(Recommendations.class, settings));
    addDeserializer(Agenda.class, new Deser<>(Agenda.class, settings));
    for (EventType type : EventType.values()) {
      register(EventCodec.classOf(type), settings);
    }
  }

  private <T> void register(Class<T> type, Settings settings) {
    addDeserializer(type, new Deser<>(type, settings));
  }

  @Override
  public Object getRegistrationId() {
    return NAME;
  }

  private static final class Ser<T> extends StdSerializer<T> {
    private final Codec<T> codec;

    Ser(Codec<T> codec) {
      super(codec.type());
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      Codecs.write(new GeneratorOut(gen), codec, value);
    }
  }

  private static final class Deser<T> extends StdDeserializer<T> {
    private final Class<T> type;
    private final Settings settings;

    Deser(Class<T> type, Settings settings) {
      super(type);
      this.type = type;
      this.settings = settings;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        Node node = TreeReader.readCurrentValue(p, settings);
        Codec<?> codec = Codecs.forType(type).orElseThrow();
        Object value = Codecs.read(node, codec, settings);
        if (!type.isInstance(value)) {
          throw new IptJsonException(
              ErrorCode.TYPE,
              "/type",
              node.line(),
              node.column(),
              java.util.List.of(),
              "the event is of another type than the one requested",
              null);
        }
        return type.cast(value);
      } catch (IptJsonException e) {
        throw DatabindException.from(p, e.getMessage(), e);
      }
    }
  }
}

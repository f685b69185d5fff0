package io.github.ipt4j.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads a report with a plain XML parser, the way the tests look at what a person sees. */
final class Xml {
  private Xml() {}

  /** Parses the page; fails the test if it is not well-formed XML. */
  static Document parse(String html) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      return fail("the report is not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** Every element with that tag name, in document order. */
  static List<Element> all(Node root, String tag) {
    NodeList list = root instanceof Document d ? d.getElementsByTagName(tag)
        : ((Element) root).getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** Every element with that tag name whose class list holds the class. */
  static List<Element> withClass(Node root, String tag, String cssClass) {
    List<Element> out = new ArrayList<>();
    for (Element e : all(root, tag)) {
      for (String c : e.getAttribute("class").split(" ")) {
        if (c.equals(cssClass)) {
          out.add(e);
          break;
        }
      }
    }
    return out;
  }
}

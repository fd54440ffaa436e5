package org.activationdesk.platform.windows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.activationdesk.core.port.KeyConfiguration;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a product key configuration file ({@code pkeyconfig*.xrm-ms}, key-formats.md §1.9): an XrML licence whose
 * {@code tm:infoBin name="pkeyConfigData"} holds, in Base64, the {@code ProductKeyConfiguration} XML with its
 * {@code Configurations}, {@code KeyRanges} and {@code PublicKeys}. Elements are matched by local name, so a change of
 * namespace version does not blind it. Ranges that are marked invalid come after the valid ones; entries this
 * application cannot represent (an unknown ProductKeyType, a group whose public key is not pkey/2009) are left out.
 */
final class PkeyConfigParser {

    static final String PKEY_2009 = "msft:rm/algorithm/pkey/2009";

    private PkeyConfigParser() {
    }

    /** @throws IOException when the file is not a readable product key configuration */
    static List<KeyConfiguration> parse(InputStream xrml) throws IOException {
        Document outer = xml(xrml);
        String payload = null;
        for (Element infoBin : elements(outer.getDocumentElement(), "infoBin")) {
            if ("pkeyConfigData".equals(infoBin.getAttribute("name"))) {
                payload = infoBin.getTextContent();
                break;
            }
        }
        if (payload == null) {
            throw new IOException("no pkeyConfigData in this licence file");
        }
        byte[] inner;
        try {
            inner = Base64.getMimeDecoder().decode(payload.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IOException("pkeyConfigData is not Base64", notBase64);
        }
        return configurations(xml(new ByteArrayInputStream(inner)).getDocumentElement());
    }

    private static List<KeyConfiguration> configurations(Element root) {
        Map<Integer, Boolean> pkey2009Groups = new HashMap<>();
        for (Element publicKey : elements(root, "PublicKey")) {
            Integer group = integer(child(publicKey, "GroupId"));
            if (group != null) {
                pkey2009Groups.merge(group, PKEY_2009.equalsIgnoreCase(child(publicKey, "AlgorithmId")),
                        Boolean::logicalOr);
            }
        }
        Map<String, Element> configById = new HashMap<>();
        for (Element configuration : elements(root, "Configuration")) {
            configById.put(guid(child(configuration, "ActConfigId")), configuration);
        }
        List<KeyConfiguration> valid = new ArrayList<>();
        List<KeyConfiguration> invalid = new ArrayList<>();
        for (Element range : elements(root, "KeyRange")) {
            Element configuration = configById.get(guid(child(range, "RefActConfigId")));
            if (configuration == null) {
                continue;
            }
            Integer group = integer(child(configuration, "RefGroupId"));
            Long start = longValue(child(range, "Start"));
            Long end = longValue(child(range, "End"));
            if (group == null || start == null || end == null || !pkey2009Groups.getOrDefault(group, true)) {
                continue;
            }
            try {
                KeyConfiguration entry = new KeyConfiguration(group, start, end, child(configuration, "EditionId"),
                        child(configuration, "ProductKeyType"), child(configuration, "ProductDescription"));
                ("false".equalsIgnoreCase(child(range, "IsValid")) ? invalid : valid).add(entry);
            } catch (IllegalArgumentException | NullPointerException notRepresentable) {
                // an edition, type or range this application has no words for: not guessed at
            }
        }
        valid.addAll(invalid);
        return valid;
    }

    private static Document xml(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // fatal errors throw; nothing is printed
            return builder.parse(in);
        } catch (SAXException | ParserConfigurationException malformed) {
            throw new IOException("not a product key configuration: " + malformed.getMessage(), malformed);
        }
    }

    private static List<Element> elements(Element root, String localName) {
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        List<Element> result = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** The text of the first child element with this local name, stripped; null when there is none. */
    private static String child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element.getTextContent().strip();
            }
        }
        return null;
    }

    private static String guid(String text) {
        return text == null ? "" : text.replace("{", "").replace("}", "").strip().toLowerCase(Locale.ROOT);
    }

    private static Integer integer(String text) {
        Long value = longValue(text);
        return value == null || value > Integer.MAX_VALUE ? null : value.intValue();
    }

    private static Long longValue(String text) {
        try {
            return text == null ? null : Long.parseLong(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}

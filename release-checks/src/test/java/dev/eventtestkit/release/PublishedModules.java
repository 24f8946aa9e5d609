package dev.eventtestkit.release;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The published modules as the BOM names them, and where this test's class path holds each one's classes. */
final class PublishedModules {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private PublishedModules() {
    }

    /** The artifact ids the BOM manages, in its order. */
    static List<String> inBom() {
        Element management = (Element) xml(ROOT.resolve("testkit-bom/pom.xml"))
                .getElementsByTagName("dependencyManagement").item(0);
        List<String> ids = new ArrayList<>();
        NodeList dependencies = management.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if ("dev.eventtestkit".equals(text(dependency, "groupId"))) {
                ids.add(text(dependency, "artifactId"));
            }
        }
        return ids;
    }

    /**
     * Each artifact id found on the class path, with its jar (after {@code package}) or its classes folder
     * (after {@code compile}).
     */
    static Map<String, Path> onClassPath() {
        Map<String, Path> found = new LinkedHashMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            Path target = path.getParent();
            if (target == null || !"target".equals(String.valueOf(target.getFileName()))) {
                continue;
            }
            String module = String.valueOf(target.getParent().getFileName());
            boolean classes = Files.isDirectory(path) && "classes".equals(String.valueOf(path.getFileName()));
            boolean jar = String.valueOf(path.getFileName()).startsWith(module + "-")
                    && entry.endsWith(".jar");
            if (classes || jar) {
                found.put(module, path);
            }
        }
        return found;
    }

    static Document xml(Path file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}

package io.s3witness.frontend;

import io.s3witness.store.ListRequest;
import io.s3witness.store.ListResult;
import io.s3witness.store.ListVersionsRequest;
import io.s3witness.store.ListVersionsResult;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.Versioning;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The bucket-level API: buckets themselves, versioning, ListObjects (V2 and V1) and ListObjectVersions. */
final class BucketOperations {
    private static final String OWNER_ID = "s3-witness";

    private BucketOperations() {
    }

    static S3Response listBuckets(BucketRegistry registry) {
        Xml x = Xml.root("ListAllMyBucketsResult").open("Owner").text("ID", OWNER_ID)
                .text("DisplayName", OWNER_ID).close("Owner").open("Buckets");
        for (Bucket b : registry.all()) {
            x.open("Bucket").text("Name", b.name()).text("CreationDate", S3Response.isoDate(b.created()))
                    .close("Bucket");
        }
        return S3Response.xml(200, x.close("Buckets").bytes("ListAllMyBucketsResult"));
    }

    static S3Response create(BucketRegistry registry, S3Request r) {
        if (!registry.create(r.bucket())) {
            throw new S3Failure(409, "BucketAlreadyOwnedByYou",
                    "Your previous request to create the named bucket succeeded and you already own it.");
        }
        return S3Response.of(200).header("Location", "/" + r.bucket());
    }

    static S3Response delete(BucketRegistry registry, S3Request r) {
        Bucket b = registry.get(r.bucket());
        if (!b.store().listVersions(r.client(), new ListVersionsRequest("", 1, null, null)).versions().isEmpty()) {
            throw new S3Failure(409, "BucketNotEmpty", "The bucket you tried to delete is not empty");
        }
        registry.remove(r.bucket());
        return S3Response.of(204);
    }

    static S3Response getVersioning(Bucket b) {
        Xml x = Xml.root("VersioningConfiguration");
        Versioning v = b.store().getVersioning();
        if (v != Versioning.UNVERSIONED) {
            x.text("Status", v == Versioning.ENABLED ? "Enabled" : "Suspended");
        }
        return S3Response.xml(200, x.bytes("VersioningConfiguration"));
    }

    static S3Response putVersioning(Bucket b, byte[] body) {
        String status = versioningStatus(body);
        Versioning v = switch (status) {
            case "Enabled" -> Versioning.ENABLED;
            case "Suspended" -> Versioning.SUSPENDED;
            default -> throw new S3Failure(400, "MalformedXML",
                    "VersioningConfiguration Status must be Enabled or Suspended, got '" + status + "'");
        };
        b.store().setVersioning(v);
        return S3Response.of(200);
    }

    /** The Status of a VersioningConfiguration, parsed with DTDs and external entities off. */
    private static String versioningStatus(byte[] body) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(true);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
            if (!"VersioningConfiguration".equals(d.getDocumentElement().getLocalName())) {
                throw new S3Failure(400, "MalformedXML", "expected a VersioningConfiguration document");
            }
            NodeList status = d.getElementsByTagNameNS("*", "Status");
            return status.getLength() == 0 ? "" : status.item(0).getTextContent().strip();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new S3Failure(400, "MalformedXML", "The XML you provided was not well-formed: " + e.getMessage());
        }
    }

    static S3Response location(Bucket b) {
        return S3Response.xml(200, Xml.root("LocationConstraint").bytes("LocationConstraint"));
    }

    /** ListObjectsV2, or V1 (marker / NextMarker) when {@code v2} is false. */
    static S3Response list(Bucket b, S3Request r, boolean v2) {
        boolean url = encodingType(r);
        int maxKeys = maxKeys(r);
        String start = v2 ? r.param("start-after") : r.param("marker");
        ListRequest req = new ListRequest(r.param("prefix"), r.param("delimiter"), maxKeys,
                v2 ? emptyToNull(r.param("continuation-token")) : null, emptyToNull(start));
        ListResult res = b.store().list(r.client(), req);
        Xml x = Xml.root("ListBucketResult").text("Name", b.name())
                .text("Prefix", enc(req.prefix(), url));
        if (v2) {
            x.text("StartAfter", enc(start, url)).text("ContinuationToken", r.param("continuation-token"))
                    .text("KeyCount", res.contents().size() + res.commonPrefixes().size());
        } else {
            x.text("Marker", enc(start == null ? "" : start, url));
        }
        x.text("MaxKeys", maxKeys).text("Delimiter", enc(req.delimiter(), url))
                .text("IsTruncated", res.truncated());
        if (url) {
            x.text("EncodingType", "url");
        }
        if (res.truncated()) {
            if (v2) {
                x.text("NextContinuationToken", res.nextContinuationToken());
            } else {
                x.text("NextMarker", enc(lastOf(res), url));
            }
        }
        for (ObjectVersion v : res.contents()) {
            ContentInfo info = b.info(v);
            x.open("Contents").text("Key", enc(v.key(), url))
                    .text("LastModified", S3Response.isoDate(info.received()))
                    .text("ETag", info.etag()).text("Size", v.size()).text("StorageClass", "STANDARD")
                    .close("Contents");
        }
        for (String p : res.commonPrefixes()) {
            x.open("CommonPrefixes").text("Prefix", enc(p, url)).close("CommonPrefixes");
        }
        return S3Response.xml(200, x.bytes("ListBucketResult"));
    }

    static S3Response listVersions(Bucket b, S3Request r) {
        if (emptyToNull(r.param("delimiter")) != null) {
            throw S3Failure.notImplemented("ListObjectVersions with a delimiter");
        }
        boolean url = encodingType(r);
        int maxKeys = maxKeys(r);
        String keyMarker = emptyToNull(r.param("key-marker"));
        String versionMarker = keyMarker == null ? null : emptyToNull(r.param("version-id-marker"));
        ListVersionsResult res = b.store().listVersions(r.client(),
                new ListVersionsRequest(r.param("prefix"), maxKeys, keyMarker, versionMarker));
        Xml x = Xml.root("ListVersionsResult").text("Name", b.name())
                .text("Prefix", enc(r.param("prefix") == null ? "" : r.param("prefix"), url))
                .text("KeyMarker", enc(keyMarker == null ? "" : keyMarker, url))
                .text("VersionIdMarker", versionMarker == null ? "" : versionMarker)
                .text("MaxKeys", maxKeys).text("IsTruncated", res.truncated());
        if (url) {
            x.text("EncodingType", "url");
        }
        if (res.truncated()) {
            x.text("NextKeyMarker", enc(res.nextKeyMarker(), url))
                    .text("NextVersionIdMarker", res.nextVersionIdMarker());
        }
        List<ObjectVersion> versions = res.versions();
        for (int i = 0; i < versions.size(); i++) {
            ObjectVersion v = versions.get(i);
            ContentInfo info = b.info(v);
            String element = v.deleteMarker() ? "DeleteMarker" : "Version";
            x.open(element).text("Key", enc(v.key(), url)).text("VersionId", v.versionId())
                    .text("IsLatest", res.latest().get(i))
                    .text("LastModified", S3Response.isoDate(info.received()));
            if (!v.deleteMarker()) {
                x.text("ETag", info.etag()).text("Size", v.size()).text("StorageClass", "STANDARD");
            }
            x.open("Owner").text("ID", OWNER_ID).close("Owner").close(element);
        }
        return S3Response.xml(200, x.bytes("ListVersionsResult"));
    }

    private static String lastOf(ListResult res) {
        String lastKey = res.contents().isEmpty() ? null : res.contents().get(res.contents().size() - 1).key();
        String lastPrefix = res.commonPrefixes().isEmpty() ? null
                : res.commonPrefixes().get(res.commonPrefixes().size() - 1);
        if (lastKey == null) {
            return lastPrefix;
        }
        return lastPrefix == null || lastKey.compareTo(lastPrefix) > 0 ? lastKey : lastPrefix;
    }

    /** max-keys: S3 returns at most 1000 whatever is asked; not a number or negative is a 400. */
    private static int maxKeys(S3Request r) {
        String m = r.param("max-keys");
        if (m == null) {
            return ListRequest.DEFAULT_MAX_KEYS;
        }
        try {
            int n = Integer.parseInt(m.strip());
            if (n < 0) {
                throw S3Failure.invalidArgument("max-keys must be 0 or more, got " + n);
            }
            return Math.min(n, ListRequest.DEFAULT_MAX_KEYS);
        } catch (NumberFormatException e) {
            throw S3Failure.invalidArgument("max-keys is not an integer: '" + m + "'");
        }
    }

    private static boolean encodingType(S3Request r) {
        String e = r.param("encoding-type");
        if (e != null && !e.equals("url")) {
            throw S3Failure.invalidArgument("Invalid Encoding Method specified in Request: '" + e + "'");
        }
        return e != null;
    }

    private static String enc(String s, boolean url) {
        return s == null || !url ? s : UriCodec.encode(s, true);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

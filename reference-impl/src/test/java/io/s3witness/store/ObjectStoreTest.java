package io.s3witness.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** S3 semantics of the facade, one behaviour per test. */
class ObjectStoreTest {
    private final ObjectStore store = new ObjectStore(StoreConfig.defaults());

    @Test
    void getReturnsTheBytesOfTheLatestVersion() {
        store.put(0, "a", bytes("one"));
        ObjectVersion two = store.put(0, "a", bytes("two"));
        StoredObject got = store.get(1, "a");
        assertEquals(two, got.version());
        assertArrayEquals(bytes("two"), got.data());
        assertEquals(3, got.version().size());
    }

    @Test
    void listGroupsByDelimiterAndPagesWithTokens() {
        for (String k : new String[] {"a/1", "a/2", "a/x/1", "a/x/2", "a/y/1", "b"}) {
            store.put(0, k, bytes(k));
        }
        ListResult top = store.list(0, ListRequest.of("a/").withDelimiter("/"));
        assertEquals(List.of("a/1", "a/2"), keys(top));
        assertEquals(List.of("a/x/", "a/y/"), top.commonPrefixes());
        assertFalse(top.truncated());

        List<String> seen = new ArrayList<>();
        ListRequest page = ListRequest.of("a/").withDelimiter("/").withMaxKeys(1);
        for (int i = 0; i < 10; i++) {
            ListResult r = store.list(0, page);
            seen.addAll(keys(r));
            seen.addAll(r.commonPrefixes());
            if (!r.truncated()) {
                assertNull(r.nextContinuationToken());
                break;
            }
            page = page.withContinuationToken(r.nextContinuationToken());
        }
        assertEquals(List.of("a/1", "a/2", "a/x/", "a/y/"), seen);
    }

    @Test
    void startAfterSkipsKeysUpToIt() {
        for (String k : new String[] {"a", "b", "c"}) {
            store.put(0, k, bytes(k));
        }
        assertEquals(List.of("c"), keys(store.list(0, ListRequest.of("").withStartAfter("b"))));
    }

    @Test
    void listLeavesOutKeysWhoseLatestIsADeleteMarker() {
        store.put(0, "a", bytes("a"));
        store.put(0, "b", bytes("b"));
        store.delete(0, "a");
        assertEquals(List.of("b"), keys(store.list(0, ListRequest.of(""))));
        assertEquals(2, store.listVersions(0, "a").size());
    }

    @Test
    void suspendedVersioningOverwritesTheNullVersionAndKeepsOthers() {
        ObjectVersion enabled = store.put(0, "k", bytes("kept"));
        store.setVersioning(Versioning.SUSPENDED);
        store.put(0, "k", bytes("null 1"));
        ObjectVersion second = store.put(0, "k", bytes("null 2"));
        assertEquals("null", second.versionId());
        List<ObjectVersion> versions = store.listVersions(0, "k");
        assertEquals(List.of("null", enabled.versionId()), versions.stream().map(ObjectVersion::versionId).toList());
        DeleteResult d = store.delete(0, "k");
        assertEquals("null", d.versionId());
        assertTrue(d.deleteMarker());
        assertEquals(enabled, store.getVersion(0, "k", enabled.versionId()).version());
    }

    @Test
    void unversionedDeleteRemovesTheObject() {
        ObjectStore plain = new ObjectStore(StoreConfig.defaults().withVersioning(Versioning.UNVERSIONED));
        assertEquals("null", plain.put(0, "k", bytes("x")).versionId());
        DeleteResult d = plain.delete(0, "k");
        assertFalse(d.deleteMarker());
        assertNull(d.versionId());
        assertTrue(plain.listVersions(0, "k").isEmpty());
        assertEquals(S3Error.NO_SUCH_KEY, assertThrows(S3Exception.class, () -> plain.head(0, "k")).error());
    }

    @Test
    void errorsCarryTheirS3Codes() {
        assertEquals(S3Error.NO_SUCH_KEY, error(() -> store.get(0, "missing")));
        store.put(0, "k", bytes("x"));
        assertEquals(S3Error.NO_SUCH_VERSION, error(() -> store.getVersion(0, "k", "00000000000000ff")));
        assertEquals(S3Error.INVALID_ARGUMENT, error(() -> store.getVersion(0, "k", "not-a-version")));
        assertEquals(S3Error.INVALID_ARGUMENT, error(() -> store.put(0, "", bytes("x"))));
        assertEquals(S3Error.INVALID_ARGUMENT, error(() -> store.list(0, ListRequest.of("").withMaxKeys(1001))));
        assertEquals(S3Error.INVALID_ARGUMENT,
            error(() -> store.list(0, ListRequest.of("").withContinuationToken("zz"))));
        assertEquals(S3Error.INVALID_ARGUMENT, error(() -> store.setVersioning(Versioning.UNVERSIONED)));
        assertEquals(404, S3Error.NO_SUCH_VERSION.httpStatus());
        assertEquals("MethodNotAllowed", S3Error.METHOD_NOT_ALLOWED.code());
    }

    @Test
    void listObjectVersionsPagesAcrossKeysAndVersions() {
        for (int i = 0; i < 3; i++) {
            store.put(0, "a", bytes("a" + i));
            store.put(0, "b", bytes("b" + i));
        }
        List<String> seen = new ArrayList<>();
        ListVersionsRequest req = new ListVersionsRequest("", 2, null, null);
        for (int page = 0; page < 10; page++) {
            ListVersionsResult r = store.listVersions(0, req);
            for (int i = 0; i < r.versions().size(); i++) {
                seen.add(r.versions().get(i).key() + (r.latest().get(i) ? "*" : ""));
            }
            if (!r.truncated()) {
                break;
            }
            req = new ListVersionsRequest("", 2, r.nextKeyMarker(), r.nextVersionIdMarker());
        }
        assertEquals(List.of("a*", "a", "a", "b*", "b", "b"), seen);
    }

    private static S3Error error(Runnable call) {
        return assertThrows(S3Exception.class, call::run).error();
    }

    private static List<String> keys(ListResult r) {
        return r.contents().stream().map(ObjectVersion::key).toList();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

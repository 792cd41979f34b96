package vn.dondoc.app.hostile;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One signed-in person talking to the running server over real HTTP: a cookie jar and the CSRF token. */
final class Http {
    record Reply(int status, String contentType, String body) {
        boolean html() {
            return contentType.startsWith("text/html");
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private final String base;
    private final HttpClient client;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final int port;
    private String csrf;

    Http(int port) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Signs in through the sign-in form, as a browser does. */
    Http signIn(String username, String password) throws Exception {
        csrf = token(get("/dang-nhap").body());
        Reply r = form("POST", "/dang-nhap", Map.of("username", username, "password", password));
        if (r.status() != 302) {
            throw new IllegalStateException("sign-in of " + username + " answered " + r.status());
        }
        csrf = token(get("/tai-khoan").body());
        return this;
    }

    private static String token(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    Reply get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Reply json(String method, String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply raw(String method, String path, String contentType, byte[] body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A form post with the session's CSRF token, as the page's own form sends it. */
    Reply form(String method, String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&"))
                + "&_csrf=" + enc(csrf);
        return raw(method, path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    /** One file in a multipart upload, with the file name written as given (control characters and all). */
    Reply upload(String path, String fileName, byte[] bytes, boolean withCsrf) throws Exception {
        String boundary = "dondoc" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                        + fileName.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        String more = withCsrf
                ? "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                : "";
        byte[] tail = (more + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return raw("POST", path, "multipart/form-data; boundary=" + boundary, HostileFiles.concat(head, bytes, tail));
    }

    /**
     * A multipart upload of {@code size} bytes with its length declared, made while it is sent (never in
     * memory), over a plain socket: a server that refuses it early answers and closes while the body is
     * still coming, which a browser shows and java.net.http cannot always read. Sending stops at the answer.
     */
    Reply streamedUpload(String path, long size) throws Exception {
        String boundary = "dondoc" + UUID.randomUUID().toString().replace("-", "");
        long length;
        try (InputStream in = HostileFiles.streamingUpload(boundary, "lon.txt", 0)) {
            length = in.readAllBytes().length + size;
        }
        String jar = cookies.getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        String target = path + (path.contains("?") ? "&" : "?") + "_csrf=" + enc(csrf);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(180_000);
            java.io.OutputStream out = socket.getOutputStream();
            InputStream answer = socket.getInputStream();
            out.write(("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nCookie: " + jar
                            + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: "
                            + length
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            try (InputStream body = HostileFiles.streamingUpload(boundary, "lon.txt", size)) {
                byte[] chunk = new byte[1 << 16];
                int n;
                while (answer.available() == 0 && (n = body.read(chunk, 0, chunk.length)) > 0) {
                    out.write(chunk, 0, n);
                }
                out.flush();
            } catch (java.io.IOException closedEarly) {
                // the server answered and closed while the body was still coming: read what it said
            }
            return parse(answer.readAllBytes());
        }
    }

    private static Reply parse(byte[] raw) {
        String all = new String(raw, StandardCharsets.UTF_8);
        int headEnd = all.indexOf("\r\n\r\n");
        String head = headEnd < 0 ? all : all.substring(0, headEnd);
        String body = headEnd < 0 ? "" : all.substring(headEnd + 4);
        int status = Integer.parseInt(head.substring(9, 12));
        Matcher type = Pattern.compile("(?im)^content-type:\\s*(.+)$").matcher(head);
        if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = dechunk(body);
        }
        return new Reply(status, type.find() ? type.group(1).trim() : "", body);
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        int i = 0;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        while (i < b.length) {
            int eol = i;
            while (eol + 1 < b.length && !(b[eol] == '\r' && b[eol + 1] == '\n')) {
                eol++;
            }
            String sizeLine = new String(b, i, eol - i, StandardCharsets.US_ASCII).trim();
            int semicolon = sizeLine.indexOf(';');
            int n = sizeLine.isEmpty()
                    ? 0
                    : Integer.parseInt(semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine, 16);
            if (n == 0) {
                break;
            }
            bytes.write(b, eol + 2, Math.min(n, b.length - eol - 2));
            i = eol + 2 + n + 2;
        }
        out.append(bytes.toString(StandardCharsets.UTF_8));
        return out.toString();
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Reply send(HttpRequest.Builder request) throws Exception {
        HttpResponse<byte[]> r =
                client.send(request.timeout(Duration.ofMinutes(3)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(
                r.statusCode(),
                r.headers().firstValue("Content-Type").orElse(""),
                new String(r.body(), StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

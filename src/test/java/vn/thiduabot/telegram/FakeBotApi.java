package vn.thiduabot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A fake Telegram Bot API server on 127.0.0.1 (random port) for end-to-end tests, built on the JDK's
 * HttpServer (OkHttp's MockWebServer 5 would drag in OkHttp 5 and break TelegramBots' OkHttp 4).
 *
 * <p>It speaks the real wire format: {@code POST /bot<token>/<method>} with a JSON, form or multipart
 * body (TelegramBots sends JSON, and multipart for uploads), answers {@code {"ok":true,"result":...}} or
 * {@code {"ok":false,"error_code":...,"description":...,"parameters":{"retry_after":...}}}, serves files at
 * {@code /file/bot<token>/<file_path>}, and enforces some of Telegram's limits (text ≤ 4096 characters,
 * callback_data ≤ 64 bytes, callback answer ≤ 200 characters) so a bot that breaks them fails here too.
 *
 * <p>getUpdates behaves like Telegram's: a long poll that honours {@code timeout}; {@code offset}
 * confirms (forgets) every update below it; unconfirmed updates are delivered again.
 *
 * <p>Three groups of methods:
 * <ul>
 *   <li>what users do: {@link #userSends}, {@link #userSharesContact}, {@link #userSendsDocument},
 *       {@link #userSendsPhoto}, {@link #userSendsSticker}, {@link #userSendsVoice}, {@link #userPresses},
 *       {@link #userPressesRaw}, {@link #sendInGroup}, {@link #userEditsMessage}, {@link #userBlocksBot},
 *       {@link #redeliver}, {@link #holdUpdates}/{@link #releaseUpdates}; each returns the update_id
 *       (presses return the callback query id);</li>
 *   <li>what the bot did: {@link #awaitMessageTo}, {@link #messagesTo}, {@link #assertNoMoreMessagesTo},
 *       {@link #callbackAnswers}, {@link #awaitCallbackAnswer}, {@link #commandMenus}, {@link #chatMenu} /
 *       {@link #awaitChatMenu} (a chat's own menu, set or deleted), {@link #menuButtons}, {@link #documentsTo},
 *       {@link #attempts}, {@link #edits}, {@link #currentMessage}, {@link #awaitEdit};</li>
 *   <li>faults: {@link #answerNextSendMessagesWith429}, {@link #answerNextSendMessagesWith502},
 *       {@link #answerNextGetUpdatesWith409}, {@link #answerNext} (any method, status, chat),
 *       {@link #answerSendMessagesWith429Randomly} (a share of all sends, for load tests),
 *       {@link #failSendsRandomly} (429s and 502s on a share of every kind of send, for chaos runs) and
 *       {@link #latency} (a round-trip delay on every answer).</li>
 * </ul>
 */
public final class FakeBotApi implements AutoCloseable {

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm and delayed ACKs
        // every answer then waits ~40 ms, which would make the bot look 20 times slower than it is.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public static final String DEFAULT_TOKEN = "123456:TEST";
    public static final long BOT_ID = 123456L;
    public static final String BOT_USERNAME = "thidua_test_bot";
    public static final int MAX_TEXT = 4096;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NGINX_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    // ------------------------------------------------------------------------------------------------
    // What the tests read

    /** An inline button of a message the bot sent: a callback button, or a web_app button ({@code webAppUrl}) that opens a Mini App. */
    public record Button(String text, String callbackData, String webAppUrl) {

        public Button(String text, String callbackData) {
            this(text, callbackData, null);
        }
    }

    /** A message the bot sent (sendMessage), with its reply_markup as Telegram received it. */
    public record RecordedMessage(int messageId, long chatId, String text, JsonNode replyMarkup, Instant at) {

        /** Inline keyboard rows, empty if none. */
        public List<List<Button>> inlineKeyboard() {
            List<List<Button>> rows = new ArrayList<>();
            if (replyMarkup != null && replyMarkup.has("inline_keyboard")) {
                for (JsonNode row : replyMarkup.get("inline_keyboard")) {
                    List<Button> r = new ArrayList<>();
                    for (JsonNode b : row) {
                        r.add(new Button(b.path("text").asText(), b.hasNonNull("callback_data") ? b.get("callback_data").asText() : null,
                                b.path("web_app").hasNonNull("url") ? b.get("web_app").get("url").asText() : null));
                    }
                    rows.add(r);
                }
            }
            return rows;
        }

        /** Every inline button, row after row. */
        public List<Button> buttons() {
            return inlineKeyboard().stream().flatMap(List::stream).toList();
        }

        public List<String> buttonLabels() {
            return buttons().stream().map(Button::text).toList();
        }

        public Button button(int index) {
            List<Button> all = buttons();
            if (index < 0 || index >= all.size()) {
                throw new AssertionError("Message " + messageId + " has " + all.size() + " buttons, no button #" + index + ": " + this);
            }
            return all.get(index);
        }

        public Button button(String label) {
            return buttons().stream().filter(b -> b.text().equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("No button \"" + label + "\" in message " + messageId + "; buttons: " + buttonLabels()));
        }

        public boolean hasInlineKeyboard() {
            return !buttons().isEmpty();
        }

        /** True if it shows a reply keyboard with a "share my phone number" (request_contact) button. */
        public boolean requestsContact() {
            return contactButtonLabel() != null;
        }

        /** The label of the request_contact button, or null. */
        public String contactButtonLabel() {
            if (replyMarkup == null || !replyMarkup.has("keyboard")) {
                return null;
            }
            for (JsonNode row : replyMarkup.get("keyboard")) {
                for (JsonNode b : row) {
                    if (b.path("request_contact").asBoolean(false)) {
                        return b.path("text").asText();
                    }
                }
            }
            return null;
        }

        public boolean removesKeyboard() {
            return replyMarkup != null && replyMarkup.path("remove_keyboard").asBoolean(false);
        }

        @Override
        public String toString() {
            String t = text == null ? "null" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
            return "#" + messageId + " to " + chatId + ": \"" + t + "\"" + (replyMarkup == null ? "" : " " + replyMarkup);
        }
    }

    /** An answerCallbackQuery call. */
    public record CallbackAnswer(String callbackQueryId, String text, boolean showAlert, Instant at) { }

    /**
     * A setMyCommands call (scope "default" unless given; {@code chatId} the chat of a "chat" scope, else null;
     * languageCode "" for all languages), or a deleteMyCommands call ({@code deleted}, no commands).
     */
    public record CommandMenu(String scope, Long chatId, String languageCode, List<MenuCommand> commands, boolean deleted, Instant at) {
        public List<String> names() {
            return commands.stream().map(MenuCommand::command).toList();
        }
    }

    public record MenuCommand(String command, String description) { }

    /** A setChatMenuButton call: {@code chatId} null for the default button; {@code type} "web_app", "commands" or "default". */
    public record MenuButtonSet(Long chatId, String type, String text, String webAppUrl, Instant at) { }

    /** A sendDocument or sendPhoto call ({@code kind} "document" or "photo"); {@code fileId} if an existing file was re-sent. */
    public record SentDocument(int messageId, long chatId, String kind, String fileName, String mimeType, byte[] bytes,
                               String fileId, String caption, JsonNode replyMarkup, Instant at) {

        public List<Button> buttons() {
            return new RecordedMessage(messageId, chatId, caption, replyMarkup, at).buttons();
        }

        @Override
        public String toString() {
            return "#" + messageId + " " + kind + " \"" + fileName + "\" (" + bytes.length + " bytes) to " + chatId + ", caption: " + caption;
        }
    }

    /** An editMessageText / editMessageCaption / editMessageReplyMarkup call ({@code text} is the new text or caption). */
    public record Edit(String method, long chatId, int messageId, String text, JsonNode replyMarkup, Instant at) { }

    /** Any call to a Bot API method, including the ones answered with an injected fault. */
    public record Attempt(String method, Long chatId, int status, Instant at) { }

    // ------------------------------------------------------------------------------------------------
    // State (guarded by lock; every change notifies waiters)

    private static final class Pending {
        final int id;
        final ObjectNode update;
        boolean delivered;

        Pending(int id, ObjectNode update) {
            this.id = id;
            this.update = update;
        }
    }

    private static final class Fault {
        final String method;
        final Long chatId;
        int remaining;
        final int status;
        final String description;
        final Integer retryAfter;

        Fault(String method, Long chatId, int times, int status, String description, Integer retryAfter) {
            this.method = method;
            this.chatId = chatId;
            this.remaining = times;
            this.status = status;
            this.description = description;
            this.retryAfter = retryAfter;
        }
    }

    private record StoredFile(String fileId, String fileName, String filePath, byte[] bytes, long reportedSize) { }

    private record Part(String name, String fileName, String contentType, byte[] bytes) { }

    private record Answer(int status, String contentType, byte[] body) { }

    private final String token;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Object lock = new Object();

    private final List<Pending> pending = new ArrayList<>();
    private final Map<Integer, ObjectNode> allUpdates = new HashMap<>();
    private final List<RecordedMessage> sent = new ArrayList<>();
    /** What each message the bot sent shows now (after edits), by message id. */
    private final Map<Integer, RecordedMessage> current = new HashMap<>();
    private final Set<Integer> seen = new HashSet<>();
    private final List<Edit> edits = new ArrayList<>();
    private final List<CallbackAnswer> callbackAnswers = new ArrayList<>();
    private final List<CommandMenu> menus = new ArrayList<>();
    private final List<MenuButtonSet> menuButtons = new ArrayList<>();
    private final List<SentDocument> documents = new ArrayList<>();
    private final List<Attempt> attempts = new ArrayList<>();
    private final List<Fault> faults = new ArrayList<>();
    private final Map<String, StoredFile> filesById = new HashMap<>();
    private final Map<String, StoredFile> filesByPath = new HashMap<>();
    private final Map<Long, FakeUser> users = new HashMap<>();
    private final Map<Long, String> groupTitles = new HashMap<>();
    private final List<Throwable> serverErrors = new ArrayList<>();

    private int nextUpdateId = 1;
    private int nextMessageId = 1;
    private int nextCallbackId = 1;
    private int nextFileId = 1;
    private int getUpdatesCalls;
    private int lastOffset;
    private int deleteWebhookCalls;
    private boolean held;
    private boolean closed;

    private FakeBotApi(String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-bot-api-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a fake Bot API for {@link #DEFAULT_TOKEN}. */
    public static FakeBotApi start() {
        return start(DEFAULT_TOKEN);
    }

    public static FakeBotApi start(String token) {
        try {
            return new FakeBotApi(token);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the fake Bot API", e);
        }
    }

    /** The value for thidua.telegram.api-url, e.g. http://127.0.0.1:40123. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String token() {
        return token;
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        server.stop(0);
        executor.shutdownNow();
    }

    // ------------------------------------------------------------------------------------------------
    // What users do

    /** A user types a text (or a command) in their private chat with the bot. */
    public int userSends(FakeUser user, String text) {
        ObjectNode message = message(user, privateChat(user));
        putText(message, text);
        return enqueue("message", message);
    }

    /** A user shares a contact; {@code contactUserId} is whose contact it is (the user's own id when they tap the button), or null. */
    public int userSharesContact(FakeUser user, String phone, Long contactUserId) {
        ObjectNode message = message(user, privateChat(user));
        ObjectNode contact = message.putObject("contact");
        contact.put("phone_number", phone);
        contact.put("first_name", user.firstName());
        if (user.lastName() != null) {
            contact.put("last_name", user.lastName());
        }
        if (contactUserId != null) {
            contact.put("user_id", contactUserId);
        }
        return enqueue("message", message);
    }

    /** A user sends a file; the bot can fetch it with getFile and the download URL. {@code caption} may be null. */
    public int userSendsDocument(FakeUser user, String fileName, String mimeType, byte[] bytes, String caption) {
        String fileId = registerFile(fileName, bytes);
        ObjectNode message = message(user, privateChat(user));
        ObjectNode doc = message.putObject("document");
        doc.put("file_id", fileId);
        doc.put("file_unique_id", "u" + fileId);
        doc.put("file_name", fileName);
        if (mimeType != null) {
            doc.put("mime_type", mimeType);
        }
        doc.put("file_size", bytes.length);
        putCaption(message, caption);
        return enqueue("message", message);
    }

    /** A user sends a photo: Telegram sends a thumbnail and the full size; the full size holds {@code bytes}. */
    public int userSendsPhoto(FakeUser user, byte[] bytes, String caption) {
        String thumb = registerFile("thumb.jpg", Arrays.copyOf(bytes, Math.min(bytes.length, 64)));
        String full = registerFile("photo.jpg", bytes);
        ObjectNode message = message(user, privateChat(user));
        ArrayNode photo = message.putArray("photo");
        photo.addObject().put("file_id", thumb).put("file_unique_id", "u" + thumb).put("width", 90).put("height", 68)
                .put("file_size", Math.min(bytes.length, 64));
        photo.addObject().put("file_id", full).put("file_unique_id", "u" + full).put("width", 1280).put("height", 960)
                .put("file_size", bytes.length);
        putCaption(message, caption);
        return enqueue("message", message);
    }

    public int userSendsSticker(FakeUser user) {
        ObjectNode message = message(user, privateChat(user));
        message.putObject("sticker").put("file_id", "sticker" + nextFileId()).put("file_unique_id", "ust")
                .put("type", "regular").put("width", 512).put("height", 512)
                .put("is_animated", false).put("is_video", false).put("emoji", "👍");
        return enqueue("message", message);
    }

    public int userSendsVoice(FakeUser user) {
        ObjectNode message = message(user, privateChat(user));
        message.putObject("voice").put("file_id", "voice" + nextFileId()).put("file_unique_id", "uvc")
                .put("duration", 3).put("mime_type", "audio/ogg").put("file_size", 4321);
        return enqueue("message", message);
    }

    /** A user edits a message they sent earlier (an edited_message update, which the bot ignores). */
    public int userEditsMessage(FakeUser user, String newText) {
        ObjectNode message = message(user, privateChat(user));
        putText(message, newText);
        message.put("edit_date", now());
        return enqueue("edited_message", message);
    }

    /** A user blocks the bot (a my_chat_member update). */
    public int userBlocksBot(FakeUser user) {
        ObjectNode m = NODES.objectNode();
        m.set("chat", privateChat(user));
        m.set("from", userJson(user));
        m.put("date", now());
        m.putObject("old_chat_member").put("status", "member").set("user", botJson());
        ObjectNode kicked = m.putObject("new_chat_member");
        kicked.put("status", "kicked");
        kicked.set("user", botJson());
        kicked.put("until_date", 0);
        return enqueue("my_chat_member", m);
    }

    /** A user writes in a group chat the bot is in ({@code groupChatId} should be negative). */
    public int sendInGroup(FakeUser user, long groupChatId, String text) {
        synchronized (lock) {
            groupTitles.putIfAbsent(groupChatId, "Group " + groupChatId);
        }
        ObjectNode message = message(user, groupChat(groupChatId));
        putText(message, text);
        return enqueue("message", message);
    }

    /** A user presses an inline button of a message the bot sent them. @return the callback query id */
    public String userPresses(FakeUser user, RecordedMessage message, int buttonIndex) {
        return press(user, message, message.button(buttonIndex).callbackData());
    }

    /** A user presses the inline button with this label. @return the callback query id */
    public String userPresses(FakeUser user, RecordedMessage message, String buttonLabel) {
        return press(user, message, message.button(buttonLabel).callbackData());
    }

    /**
     * A callback query with any data, as a modified client could send; attached to the last message the bot
     * sent to the user's chat (or a made-up one). @return the callback query id
     */
    public String userPressesRaw(FakeUser user, String data) {
        RecordedMessage last;
        synchronized (lock) {
            last = sent.stream().filter(m -> m.chatId() == user.chatId()).reduce((a, b) -> b).orElse(null);
        }
        if (last == null) {
            last = new RecordedMessage(999_999, user.chatId(), "…", null, Instant.now());
        }
        return press(user, last, data);
    }

    private String press(FakeUser user, RecordedMessage message, String data) {
        String id;
        synchronized (lock) {
            id = "cb" + (nextCallbackId++);
        }
        ObjectNode q = NODES.objectNode();
        q.put("id", id);
        q.set("from", userJson(user));
        ObjectNode m = q.putObject("message");
        m.put("message_id", message.messageId());
        m.set("from", botJson());
        m.set("chat", chatJson(message.chatId()));
        m.put("date", now());
        m.put("text", message.text() == null ? "" : message.text());
        if (message.replyMarkup() != null && message.replyMarkup().has("inline_keyboard")) {
            m.set("reply_markup", message.replyMarkup()); // a message object carries only inline keyboards
        }
        q.put("chat_instance", "ci" + message.chatId());
        if (data != null) {
            q.put("data", data);
        }
        remember(user);
        enqueue("callback_query", q);
        return id;
    }

    /**
     * Delivers an update again (same update_id), as Telegram does when the bot did not confirm it.
     * Note: within one polling session TelegramBots itself drops update ids it has already received; to
     * exercise the bot's own dedupe, redeliver after a restart, or {@link #holdUpdates()} so that the
     * original and the copy arrive in one batch.
     */
    public void redeliver(int updateId) {
        synchronized (lock) {
            ObjectNode update = allUpdates.get(updateId);
            if (update == null) {
                throw new IllegalArgumentException("no update " + updateId);
            }
            pending.add(new Pending(updateId, update.deepCopy()));
            lock.notifyAll();
        }
    }

    /** Queues any update (without update_id; it is assigned). @return the update_id */
    public int deliverRaw(String field, ObjectNode payload) {
        return enqueue(field, payload);
    }

    /** getUpdates answers nothing until {@link #releaseUpdates()}, so that what is queued meanwhile arrives as one batch. */
    public void holdUpdates() {
        synchronized (lock) {
            held = true;
        }
    }

    public void releaseUpdates() {
        synchronized (lock) {
            held = false;
            lock.notifyAll();
        }
    }

    /** Makes a file downloadable (getFile + /file/bot...). @return its file_id */
    public String registerFile(String fileName, byte[] bytes) {
        return registerFile(fileName, bytes, bytes.length);
    }

    /** Like {@link #registerFile(String, byte[])}, but getFile reports {@code reportedSize} as file_size (to test limits). */
    public String registerFile(String fileName, byte[] bytes, long reportedSize) {
        synchronized (lock) {
            int n = nextFileId();
            String fileId = "file" + n;
            String ext = fileName != null && fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.')) : "";
            String path = "documents/file_" + n + ext;
            StoredFile f = new StoredFile(fileId, fileName, path, bytes.clone(), reportedSize);
            filesById.put(fileId, f);
            filesByPath.put(path, f);
            return fileId;
        }
    }

    // ------------------------------------------------------------------------------------------------
    // What the bot did

    /**
     * Waits for a message to this chat that matches and that no earlier await returned; marks it as seen.
     * Fails after the timeout, listing what the chat did receive.
     */
    public RecordedMessage awaitMessageTo(long chatId, Predicate<RecordedMessage> predicate, Duration timeout) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        synchronized (lock) {
            while (true) {
                for (RecordedMessage m : sent) {
                    if (m.chatId() == chatId && !seen.contains(m.messageId()) && predicate.test(m)) {
                        seen.add(m.messageId());
                        return m;
                    }
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0 || closed) {
                    throw new AssertionError("No matching message to chat " + chatId + " within " + timeout.toMillis()
                            + " ms. Messages to that chat:\n  " + describe(messagesToLocked(chatId))
                            + (serverErrors.isEmpty() ? "" : "\nFake Bot API errors: " + serverErrors));
                }
                waitQuietly(left);
            }
        }
    }

    /** The next message to this chat that no earlier await returned. */
    public RecordedMessage awaitMessageTo(long chatId, Duration timeout) {
        return awaitMessageTo(chatId, m -> true, timeout);
    }

    /** The next unseen message to this chat whose text is exactly {@code text}. */
    public RecordedMessage awaitMessageTo(long chatId, String text, Duration timeout) {
        return awaitMessageTo(chatId, m -> text.equals(m.text()), timeout);
    }

    /** Every message sent to this chat, in order (seen or not). */
    public List<RecordedMessage> messagesTo(long chatId) {
        synchronized (lock) {
            return messagesToLocked(chatId);
        }
    }

    public List<RecordedMessage> allMessages() {
        synchronized (lock) {
            return List.copyOf(sent);
        }
    }

    /** Waits {@code within}, then fails if the chat received any message no await has returned. */
    public void assertNoMoreMessagesTo(long chatId, Duration within) {
        long deadline = System.currentTimeMillis() + within.toMillis();
        synchronized (lock) {
            while (true) {
                List<RecordedMessage> unseen = sent.stream().filter(m -> m.chatId() == chatId && !seen.contains(m.messageId())).toList();
                if (!unseen.isEmpty()) {
                    throw new AssertionError("Unexpected message(s) to chat " + chatId + ":\n  " + describe(unseen));
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0 || closed) {
                    return;
                }
                waitQuietly(left);
            }
        }
    }

    public List<CallbackAnswer> callbackAnswers() {
        synchronized (lock) {
            return List.copyOf(callbackAnswers);
        }
    }

    public CallbackAnswer awaitCallbackAnswer(String callbackQueryId, Duration timeout) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        synchronized (lock) {
            while (true) {
                for (CallbackAnswer a : callbackAnswers) {
                    if (a.callbackQueryId().equals(callbackQueryId)) {
                        return a;
                    }
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0 || closed) {
                    throw new AssertionError("The bot did not answer callback query " + callbackQueryId + " within "
                            + timeout.toMillis() + " ms (a spinner forever). Answers: " + callbackAnswers);
                }
                waitQuietly(left);
            }
        }
    }

    public List<CommandMenu> commandMenus() {
        synchronized (lock) {
            return List.copyOf(menus);
        }
    }

    /** The latest setMyCommands for the default scope and this language code ("" = all languages). */
    public CommandMenu awaitCommandMenu(String languageCode, Duration timeout) {
        String lang = languageCode == null ? "" : languageCode;
        Await.until(timeout, () -> "setMyCommands for language \"" + lang + "\"; got " + commandMenus(),
                () -> commandMenus().stream().anyMatch(m -> m.scope().equals("default") && m.languageCode().equals(lang)));
        return commandMenus().stream().filter(m -> m.scope().equals("default") && m.languageCode().equals(lang))
                .reduce((a, b) -> b).orElseThrow();
    }

    /** The menu a chat's own scope shows now (its latest setMyCommands or deleteMyCommands), if the bot ever set one. */
    public java.util.Optional<CommandMenu> chatMenu(long chatId) {
        synchronized (lock) {
            return menus.stream().filter(m -> m.scope().equals("chat") && m.chatId() == chatId).reduce((a, b) -> b);
        }
    }

    /** Every setMyCommands / deleteMyCommands call for this chat's own scope, in order. */
    public List<CommandMenu> chatMenus(long chatId) {
        synchronized (lock) {
            return menus.stream().filter(m -> m.scope().equals("chat") && m.chatId() == chatId).toList();
        }
    }

    /** Waits until this chat's own menu (the latest call for its scope) satisfies the condition; returns it. */
    public CommandMenu awaitChatMenu(long chatId, Predicate<CommandMenu> condition, Duration timeout) {
        Await.until(timeout, () -> "the menu of chat " + chatId + " to change; calls for it: " + chatMenus(chatId),
                () -> chatMenu(chatId).filter(condition).isPresent());
        return chatMenu(chatId).orElseThrow();
    }

    /** Every setChatMenuButton call, in order. */
    public List<MenuButtonSet> menuButtons() {
        synchronized (lock) {
            return List.copyOf(menuButtons);
        }
    }

    /** Waits until the bot has set the default menu button (no chat id); returns the latest. */
    public MenuButtonSet awaitDefaultMenuButton(Duration timeout) {
        Await.until(timeout, () -> "setChatMenuButton without a chat id; got " + menuButtons(),
                () -> menuButtons().stream().anyMatch(b -> b.chatId() == null));
        return menuButtons().stream().filter(b -> b.chatId() == null).reduce((a, b) -> b).orElseThrow();
    }

    public List<SentDocument> documentsTo(long chatId) {
        synchronized (lock) {
            return documents.stream().filter(d -> d.chatId() == chatId).toList();
        }
    }

    public SentDocument awaitDocumentTo(long chatId, Predicate<SentDocument> predicate, Duration timeout) {
        Await.until(timeout, () -> "a matching document to chat " + chatId + "; got " + documentsTo(chatId),
                () -> documentsTo(chatId).stream().anyMatch(predicate));
        return documentsTo(chatId).stream().filter(predicate).findFirst().orElseThrow();
    }

    /** What the message shows now, after any edits (text, or caption for a file). */
    public RecordedMessage currentMessage(int messageId) {
        synchronized (lock) {
            RecordedMessage m = current.get(messageId);
            if (m == null) {
                throw new AssertionError("The bot sent no message #" + messageId);
            }
            return m;
        }
    }

    /** Waits until the bot edits this message so that it matches. @return the message as it is now */
    public RecordedMessage awaitEdit(int messageId, Predicate<RecordedMessage> predicate, Duration timeout) {
        Await.until(timeout, () -> "an edit of message #" + messageId + "; edits so far: " + edits(),
                () -> edits().stream().anyMatch(e -> e.messageId() == messageId) && predicate.test(currentMessage(messageId)));
        return currentMessage(messageId);
    }

    public List<Edit> edits() {
        synchronized (lock) {
            return List.copyOf(edits);
        }
    }

    /** Every call of a method (lower case, e.g. "sendmessage"), including those answered with a fault. */
    public List<Attempt> attempts(String method) {
        String m = method.toLowerCase(Locale.ROOT);
        synchronized (lock) {
            return attempts.stream().filter(a -> a.method().equals(m)).toList();
        }
    }

    /** How many times sendMessage was called for this chat, faults included. */
    public int sendMessageAttemptsTo(long chatId) {
        return (int) attempts("sendmessage").stream().filter(a -> a.chatId() != null && a.chatId() == chatId).count();
    }

    public int getUpdatesCalls() {
        synchronized (lock) {
            return getUpdatesCalls;
        }
    }

    public int deleteWebhookCalls() {
        synchronized (lock) {
            return deleteWebhookCalls;
        }
    }

    /** Waits until the bot calls getUpdates again (i.e. it is polling). */
    public void awaitPolling(Duration timeout) {
        int before = getUpdatesCalls();
        Await.until(timeout, "the bot to call getUpdates", () -> getUpdatesCalls() > before);
    }

    /** Waits until the bot confirmed this update (asked getUpdates with a higher offset), i.e. finished with it. */
    public void awaitConfirmed(int updateId, Duration timeout) {
        Await.until(timeout, () -> "the bot to confirm update " + updateId + " (last offset " + lastOffset() + ")",
                () -> lastOffset() > updateId);
    }

    public int lastOffset() {
        synchronized (lock) {
            return lastOffset;
        }
    }

    /** Exceptions inside the fake itself (a test that sees one should fail). */
    public List<Throwable> serverErrors() {
        synchronized (lock) {
            return List.copyOf(serverErrors);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Faults

    /** The next {@code times} sendMessage calls (any chat) answer 429 Too Many Requests with retry_after. */
    public void answerNextSendMessagesWith429(int times, int retryAfterSeconds) {
        answerNext("sendMessage", null, times, 429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
    }

    /** The next {@code times} sendMessage calls to this chat answer 429 with retry_after. */
    public void answerNextSendMessagesWith429(long chatId, int times, int retryAfterSeconds) {
        answerNext("sendMessage", chatId, times, 429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
    }

    /** The next {@code times} sendMessage calls (any chat) answer 502 Bad Gateway (an nginx HTML page, as Telegram's front does). */
    public void answerNextSendMessagesWith502(int times) {
        answerNext("sendMessage", null, times, 502, "Bad Gateway", null);
    }

    public void answerNextSendMessagesWith502(long chatId, int times) {
        answerNext("sendMessage", chatId, times, 502, "Bad Gateway", null);
    }

    /** The next {@code times} getUpdates calls answer 409 Conflict, as when another instance polls with the same token. */
    public void answerNextGetUpdatesWith409(int times) {
        answerNext("getUpdates", null, times, 409,
                "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", null);
    }

    /**
     * The next {@code times} calls of {@code method} (for {@code chatId}, or any chat if null) answer
     * {@code status}: 502 as an HTML page, anything else as Telegram's JSON error with {@code description}
     * and, if given, parameters.retry_after. E.g. 403 "Forbidden: bot was blocked by the user".
     */
    public void answerNext(String method, Long chatId, int times, int status, String description, Integer retryAfter) {
        synchronized (lock) {
            faults.add(new Fault(method.toLowerCase(Locale.ROOT), chatId, times, status, description, retryAfter));
        }
    }

    /**
     * From now on, each sendMessage call (any chat) is answered 429 Too Many Requests with this
     * probability, retry_after drawn evenly from {@code minRetryAfter..maxRetryAfter} seconds. Seeded,
     * so a run can be repeated. For broadcasts under load; {@link #clearFaults()} stops it.
     */
    public void answerSendMessagesWith429Randomly(double probability, int minRetryAfter, int maxRetryAfter, long seed) {
        synchronized (lock) {
            random429 = new Random429(probability, minRetryAfter, maxRetryAfter, new java.util.Random(seed));
        }
    }

    private record Random429(double probability, int min, int max, java.util.Random random) { }

    private Random429 random429;

    /** Methods that deliver something to a chat: what Telegram may refuse under load. */
    private static final Set<String> SENDS = Set.of("sendmessage", "sendphoto", "senddocument", "editmessagetext",
            "editmessagecaption", "editmessagereplymarkup");

    private record RandomSendFaults(double p429, int retryAfter, double p502, java.util.Random random) { }

    private RandomSendFaults randomSendFaults;
    private volatile long latencyMillis;

    /**
     * From now on every send (sendMessage, sendPhoto, sendDocument, edits) is answered 429 with
     * retry_after {@code retryAfterSeconds} with probability {@code p429}, else 502 (nginx's HTML page)
     * with probability {@code p502}; nothing is recorded as sent for a refused call. Seeded, so a run can
     * be repeated. For chaos runs; {@link #clearFaults()} stops it.
     */
    public void failSendsRandomly(double p429, int retryAfterSeconds, double p502, long seed) {
        synchronized (lock) {
            randomSendFaults = new RandomSendFaults(p429, retryAfterSeconds, p502, new java.util.Random(seed));
        }
    }

    /**
     * Every answer (every method, getUpdates included) is delayed by this much before it is written,
     * as a round trip to a far-away Bot API would be. {@link Duration#ZERO} switches it off.
     */
    public void latency(Duration roundTrip) {
        latencyMillis = Math.max(0, roundTrip.toMillis());
    }

    /** How many calls were answered with this status so far (e.g. 429, 502), all methods together. */
    public int attemptsWithStatus(int status) {
        synchronized (lock) {
            return (int) attempts.stream().filter(a -> a.status() == status).count();
        }
    }

    private Fault randomFault(String method, Long chatId) {
        synchronized (lock) {
            if (randomSendFaults != null && SENDS.contains(method)) {
                double roll = randomSendFaults.random().nextDouble();
                if (roll < randomSendFaults.p429()) {
                    int after = randomSendFaults.retryAfter();
                    return new Fault(method, chatId, 1, 429, "Too Many Requests: retry after " + after, after);
                }
                if (roll < randomSendFaults.p429() + randomSendFaults.p502()) {
                    return new Fault(method, chatId, 1, 502, "Bad Gateway", null);
                }
            }
            if (random429 == null || !method.equals("sendmessage") || random429.random().nextDouble() >= random429.probability()) {
                return null;
            }
            int retryAfter = random429.min() + random429.random().nextInt(random429.max() - random429.min() + 1);
            return new Fault(method, chatId, 1, 429, "Too Many Requests: retry after " + retryAfter, retryAfter);
        }
    }

    /** Forgets injected faults that were not used up, and releases held updates. */
    public void clearFaults() {
        synchronized (lock) {
            random429 = null;
            randomSendFaults = null;
            faults.clear();
            held = false;
            lock.notifyAll();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // HTTP

    private void handle(HttpExchange exchange) {
        try {
            Answer answer;
            try {
                long delay = latencyMillis;
                if (delay > 0) {
                    Thread.sleep(delay);
                }
                answer = route(exchange);
            } catch (Exception e) {
                synchronized (lock) {
                    serverErrors.add(e);
                }
                answer = error(500, "Internal Server Error: fake Bot API failed: " + e, null);
            }
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        } catch (IOException e) {
            // the client went away (e.g. a long poll cancelled at shutdown)
        } finally {
            exchange.close();
        }
    }

    private Answer route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/file/bot")) {
            return serveFile(path.substring("/file/bot".length()));
        }
        if (!path.startsWith("/bot")) {
            return error(404, "Not Found", null);
        }
        String rest = path.substring(4);
        int slash = rest.indexOf('/');
        if (slash < 0 || !rest.substring(0, slash).equals(token)) {
            return error(401, "Unauthorized", null);
        }
        String method = rest.substring(slash + 1).toLowerCase(Locale.ROOT);
        Map<String, JsonNode> params = new HashMap<>();
        Map<String, Part> files = new HashMap<>();
        readParams(exchange, params, files);
        Long chatId = longParam(params, "chat_id");
        Fault fault = takeFault(method, chatId);
        if (fault == null) {
            fault = randomFault(method, chatId);
        }
        if (fault != null) {
            record(method, chatId, fault.status);
            return fault.status == 502 ? new Answer(502, "text/html", NGINX_502.getBytes(StandardCharsets.UTF_8))
                    : error(fault.status, fault.description, fault.retryAfter);
        }
        Answer answer = switch (method) {
            case "getupdates" -> getUpdates(params);
            case "getme" -> ok(botJson().put("can_join_groups", true).put("can_read_all_group_messages", false)
                    .put("supports_inline_queries", false));
            case "deletewebhook" -> {
                synchronized (lock) {
                    deleteWebhookCalls++;
                }
                webhookDeleted();
                yield ok(NODES.booleanNode(true));
            }
            case "getwebhookinfo" -> ok(NODES.objectNode().put("url", "").put("has_custom_certificate", false)
                    .put("pending_update_count", pendingUpdates()));
            case "sendmessage" -> sendMessage(params, chatId);
            case "editmessagetext", "editmessagecaption", "editmessagereplymarkup" -> edit(method, params, chatId);
            case "answercallbackquery" -> answerCallbackQuery(params);
            case "setmycommands" -> setMyCommands(params);
            case "deletemycommands" -> deleteMyCommands(params);
            case "setchatmenubutton" -> setChatMenuButton(params, chatId);
            case "getmycommands" -> getMyCommands(params);
            case "getfile" -> getFile(params);
            case "senddocument" -> sendFile("document", params, files, chatId);
            case "sendphoto" -> sendFile("photo", params, files, chatId);
            case "sendchataction" -> ok(NODES.booleanNode(true));
            case "setwebhook" -> setWebhook(params);
            default -> error(404, "Not Found: method not found", null);
        };
        record(method, chatId, answer.status());
        return answer;
    }

    private Answer getUpdates(Map<String, JsonNode> params) {
        Long offsetParam = longParam(params, "offset");
        Long timeoutParam = longParam(params, "timeout");
        Long limitParam = longParam(params, "limit");
        int offset = offsetParam == null ? 0 : offsetParam.intValue();
        long timeoutMillis = (timeoutParam == null ? 0 : Math.max(0, timeoutParam)) * 1000L;
        int limit = limitParam == null || limitParam <= 0 ? 100 : (int) Math.min(limitParam, 100);
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (lock) {
            getUpdatesCalls++;
            if (offset > 0) {
                lastOffset = Math.max(lastOffset, offset);
                pending.removeIf(p -> p.delivered && p.id < offset);
            }
            lock.notifyAll();
            while (true) {
                if (!held && !pending.isEmpty()) {
                    ArrayNode result = NODES.arrayNode();
                    for (Pending p : pending.subList(0, Math.min(limit, pending.size()))) {
                        p.delivered = true;
                        result.add(p.update);
                    }
                    return ok(result);
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0 || closed) {
                    return ok(NODES.arrayNode());
                }
                waitQuietly(left);
            }
        }
    }

    private Answer sendMessage(Map<String, JsonNode> params, Long chatId) {
        String text = textParam(params, "text");
        if (chatId == null) {
            return error(400, "Bad Request: chat_id is empty", null);
        }
        if (text == null || text.isEmpty()) {
            return error(400, "Bad Request: message text is empty", null);
        }
        if (text.length() > MAX_TEXT) { // Telegram counts UTF-16 code units: an emoji counts 2
            return error(400, "Bad Request: message is too long", null);
        }
        JsonNode markup = jsonParam(params, "reply_markup");
        String invalid = invalidMarkup(markup);
        if (invalid != null) {
            return error(400, "Bad Request: " + invalid, null);
        }
        RecordedMessage m;
        synchronized (lock) {
            m = new RecordedMessage(nextMessageId++, chatId, text, markup, Instant.now());
            sent.add(m);
            current.put(m.messageId(), m);
            lock.notifyAll();
        }
        ObjectNode result = botMessage(m.messageId(), chatId);
        result.put("text", text);
        if (markup != null && markup.has("inline_keyboard")) {
            result.set("reply_markup", markup);
        }
        return ok(result);
    }

    private Answer edit(String method, Map<String, JsonNode> params, Long chatId) {
        Long messageId = longParam(params, "message_id");
        String text = textParam(params, method.equals("editmessagecaption") ? "caption" : "text");
        JsonNode markup = jsonParam(params, "reply_markup");
        String invalid = invalidMarkup(markup);
        if (invalid != null) {
            return error(400, "Bad Request: " + invalid, null);
        }
        if (method.equals("editmessagetext") && (text == null || text.isEmpty())) {
            return error(400, "Bad Request: message text is empty", null);
        }
        if (text != null && text.length() > (method.equals("editmessagecaption") ? 1024 : MAX_TEXT)) {
            return error(400, "Bad Request: message is too long", null);
        }
        RecordedMessage before;
        synchronized (lock) {
            before = messageId == null ? null : current.get(messageId.intValue());
        }
        if (chatId == null || before == null || before.chatId() != chatId) {
            return error(400, "Bad Request: message to edit not found", null);
        }
        String newText = method.equals("editmessagereplymarkup") ? before.text() : text;
        if (java.util.Objects.equals(newText, before.text()) && java.util.Objects.equals(markup, before.replyMarkup())) {
            return error(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly"
                    + " the same as a current content and reply markup of the message", null);
        }
        synchronized (lock) {
            edits.add(new Edit(method, chatId, messageId.intValue(), newText, markup, Instant.now()));
            current.put(messageId.intValue(), new RecordedMessage(messageId.intValue(), chatId, newText, markup, Instant.now()));
            lock.notifyAll();
        }
        ObjectNode result = botMessage(messageId.intValue(), chatId);
        result.put(method.equals("editmessagecaption") ? "caption" : "text", newText == null ? "" : newText);
        result.put("edit_date", now());
        if (markup != null && markup.has("inline_keyboard")) {
            result.set("reply_markup", markup);
        }
        return ok(result);
    }

    private Answer answerCallbackQuery(Map<String, JsonNode> params) {
        String id = textParam(params, "callback_query_id");
        String text = textParam(params, "text");
        if (id == null) {
            return error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid", null);
        }
        if (text != null && text.codePointCount(0, text.length()) > 200) {
            return error(400, "Bad Request: MESSAGE_TOO_LONG", null);
        }
        JsonNode alert = params.get("show_alert");
        synchronized (lock) {
            callbackAnswers.add(new CallbackAnswer(id, text, alert != null && alert.asBoolean(false), Instant.now()));
            lock.notifyAll();
        }
        return ok(NODES.booleanNode(true));
    }

    private Answer setMyCommands(Map<String, JsonNode> params) {
        JsonNode commands = jsonParam(params, "commands");
        if (commands == null || !commands.isArray()) {
            return error(400, "Bad Request: commands must be an array", null);
        }
        List<MenuCommand> list = new ArrayList<>();
        for (JsonNode c : commands) {
            String name = c.path("command").asText("");
            String description = c.path("description").asText("");
            if (!name.matches("[a-z0-9_]{1,32}") || description.isEmpty() || description.length() > 256) {
                return error(400, "Bad Request: BOT_COMMAND_INVALID", null);
            }
            list.add(new MenuCommand(name, description));
        }
        return recordMenu(params, List.copyOf(list), false);
    }

    private Answer deleteMyCommands(Map<String, JsonNode> params) {
        return recordMenu(params, List.of(), true);
    }

    private Answer recordMenu(Map<String, JsonNode> params, List<MenuCommand> commands, boolean deleted) {
        JsonNode scope = jsonParam(params, "scope");
        String type = scope == null ? "default" : scope.path("type").asText("default");
        Long chat = null;
        if (type.equals("chat")) {
            JsonNode id = scope.path("chat_id");
            if (id.isMissingNode() || !(id.isNumber() || id.asText().matches("-?\\d+"))) {
                return error(400, "Bad Request: chat not found", null);
            }
            chat = id.asLong();
        }
        String lang = textParam(params, "language_code");
        synchronized (lock) {
            menus.add(new CommandMenu(type, chat, lang == null ? "" : lang, commands, deleted, Instant.now()));
            lock.notifyAll();
        }
        return ok(NODES.booleanNode(true));
    }

    private Answer setChatMenuButton(Map<String, JsonNode> params, Long chatId) {
        JsonNode button = jsonParam(params, "menu_button");
        String type = button == null ? "default" : button.path("type").asText("");
        String url = button == null ? null : button.path("web_app").path("url").asText(null);
        String text = button == null ? null : button.path("text").asText(null);
        if (type.equals("web_app") && (text == null || text.isEmpty() || url == null || !url.startsWith("https://"))) {
            return error(400, "Bad Request: menu button Web App URL is invalid: Only HTTPS links are allowed", null);
        }
        if (!Set.of("web_app", "commands", "default").contains(type)) {
            return error(400, "Bad Request: unsupported menu button type", null);
        }
        synchronized (lock) {
            menuButtons.add(new MenuButtonSet(chatId, type, text, url, Instant.now()));
            lock.notifyAll();
        }
        return ok(NODES.booleanNode(true));
    }

    private Answer getMyCommands(Map<String, JsonNode> params) {
        String lang = textParam(params, "language_code");
        String l = lang == null ? "" : lang;
        ArrayNode result = NODES.arrayNode();
        synchronized (lock) {
            menus.stream().filter(m -> m.scope().equals("default") && m.languageCode().equals(l)).reduce((a, b) -> b)
                    .filter(m -> !m.deleted())
                    .ifPresent(m -> m.commands().forEach(c -> result.addObject().put("command", c.command()).put("description", c.description())));
        }
        return ok(result);
    }

    private Answer getFile(Map<String, JsonNode> params) {
        String fileId = textParam(params, "file_id");
        StoredFile f;
        synchronized (lock) {
            f = fileId == null ? null : filesById.get(fileId);
        }
        if (f == null) {
            return error(400, "Bad Request: invalid file_id", null);
        }
        return ok(NODES.objectNode().put("file_id", f.fileId()).put("file_unique_id", "u" + f.fileId())
                .put("file_size", f.reportedSize()).put("file_path", f.filePath()));
    }

    private Answer serveFile(String rest) {
        int slash = rest.indexOf('/');
        if (slash < 0 || !rest.substring(0, slash).equals(token)) {
            return error(401, "Unauthorized", null);
        }
        StoredFile f;
        synchronized (lock) {
            f = filesByPath.get(rest.substring(slash + 1));
        }
        if (f == null) {
            return error(404, "Not Found", null);
        }
        return new Answer(200, "application/octet-stream", f.bytes());
    }

    private Answer sendFile(String kind, Map<String, JsonNode> params, Map<String, Part> files, Long chatId) {
        if (chatId == null) {
            return error(400, "Bad Request: chat_id is empty", null);
        }
        // an upload is a file part named after the field, or (as TelegramBots sends it) a field "attach://<part name>"
        Part upload = files.get(kind);
        String reference = textParam(params, kind);
        if (upload == null && reference != null && reference.startsWith("attach://")) {
            upload = files.get(reference.substring("attach://".length()));
            if (upload == null) {
                return error(400, "Bad Request: file attachment " + reference + " not found in the request", null);
            }
        }
        String caption = textParam(params, "caption");
        String existingId = null;
        if (upload == null) {
            existingId = textParam(params, kind); // a file_id sent again
            StoredFile f;
            synchronized (lock) {
                f = existingId == null ? null : filesById.get(existingId);
            }
            if (f == null) {
                return error(400, "Bad Request: there is no " + kind + " in the request", null);
            }
            upload = new Part(kind, f.fileName(), "application/octet-stream", f.bytes());
        }
        if (caption != null && caption.length() > 1024) {
            return error(400, "Bad Request: message caption is too long", null);
        }
        JsonNode markup = jsonParam(params, "reply_markup");
        String invalid = invalidMarkup(markup);
        if (invalid != null) {
            return error(400, "Bad Request: " + invalid, null);
        }
        String fileId = existingId != null ? existingId : registerFile(upload.fileName(), upload.bytes());
        SentDocument d;
        synchronized (lock) {
            d = new SentDocument(nextMessageId++, chatId, kind, upload.fileName(), upload.contentType(), upload.bytes(),
                    existingId, caption, markup, Instant.now());
            documents.add(d);
            current.put(d.messageId(), new RecordedMessage(d.messageId(), chatId, caption, markup, d.at()));
            lock.notifyAll();
        }
        ObjectNode result = botMessage(d.messageId(), chatId);
        if (kind.equals("photo")) {
            result.putArray("photo").addObject().put("file_id", fileId).put("file_unique_id", "u" + fileId)
                    .put("width", 1280).put("height", 960).put("file_size", upload.bytes().length);
        } else {
            ObjectNode document = result.putObject("document");
            document.put("file_id", fileId).put("file_unique_id", "u" + fileId).put("file_size", upload.bytes().length);
            if (upload.fileName() != null) {
                document.put("file_name", upload.fileName());
            }
        }
        if (caption != null) {
            result.put("caption", caption);
        }
        if (markup != null && markup.has("inline_keyboard")) {
            result.set("reply_markup", markup);
        }
        return ok(result);
    }

    // ------------------------------------------------------------------------------------------------
    // Request parsing

    private static void readParams(HttpExchange exchange, Map<String, JsonNode> params, Map<String, Part> files) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            formInto(query, params);
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        if (body.length == 0) {
            return;
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (t.startsWith("application/json")) {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.isObject()) {
                node.fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue()));
            }
        } else if (t.startsWith("multipart/form-data")) {
            for (Part p : multipart(body, boundary(type))) {
                if (p.fileName() != null) {
                    files.put(p.name(), p);
                } else {
                    params.put(p.name(), TextNode.valueOf(new String(p.bytes(), StandardCharsets.UTF_8)));
                }
            }
        } else {
            formInto(new String(body, StandardCharsets.UTF_8), params);
        }
    }

    private static void formInto(String form, Map<String, JsonNode> params) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(k, TextNode.valueOf(v));
        }
    }

    private static String boundary(String contentType) {
        for (String piece : contentType.split(";")) {
            String p = piece.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = p.substring("boundary=".length());
                return b.startsWith("\"") && b.endsWith("\"") ? b.substring(1, b.length() - 1) : b;
            }
        }
        throw new IllegalArgumentException("multipart without boundary: " + contentType);
    }

    private static List<Part> multipart(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] headerEnd = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int pos = indexOf(body, delimiter, 0);
        while (pos >= 0) {
            int start = pos + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break; // closing delimiter
            }
            start += 2; // CRLF after the delimiter
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                break;
            }
            int end = next - 2; // CRLF before the next delimiter
            int h = indexOf(body, headerEnd, start);
            if (h < 0 || h > end) {
                break;
            }
            String headers = new String(body, start, h - start, StandardCharsets.UTF_8);
            String name = null;
            String fileName = null;
            String contentType = null;
            for (String line : headers.split("\r\n")) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-disposition:")) {
                    name = headerParam(line, "name");
                    fileName = headerParam(line, "filename");
                } else if (lower.startsWith("content-type:")) {
                    contentType = line.substring(line.indexOf(':') + 1).trim();
                }
            }
            if (name != null) {
                parts.add(new Part(name, fileName, contentType, Arrays.copyOfRange(body, h + headerEnd.length, end)));
            }
            pos = next;
        }
        return parts;
    }

    private static String headerParam(String header, String param) {
        for (String piece : header.split(";")) {
            String p = piece.trim();
            if (p.startsWith(param + "=")) {
                String v = p.substring(param.length() + 1);
                return v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
            }
        }
        return null;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String textParam(Map<String, JsonNode> params, String name) {
        JsonNode n = params.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }

    private static Long longParam(Map<String, JsonNode> params, String name) {
        JsonNode n = params.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.asLong();
        }
        try {
            return Long.parseLong(n.asText().trim());
        } catch (NumberFormatException e) {
            return null; // e.g. "@channelname"
        }
    }

    /** A JSON-valued parameter, whether sent as JSON or as a JSON string in a form field. */
    private static JsonNode jsonParam(Map<String, JsonNode> params, String name) {
        JsonNode n = params.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            try {
                return JSON.readTree(n.asText());
            } catch (IOException e) {
                return n;
            }
        }
        return n;
    }

    private static String invalidMarkup(JsonNode markup) {
        if (markup == null || !markup.has("inline_keyboard")) {
            return null;
        }
        for (JsonNode row : markup.get("inline_keyboard")) {
            for (JsonNode b : row) {
                if (b.path("text").asText("").isEmpty()) {
                    return "BUTTON_TEXT_EMPTY";
                }
                if (b.has("web_app") && !b.path("web_app").path("url").asText("").startsWith("https://")) {
                    return "BUTTON_URL_INVALID"; // Telegram: "Web App URL is invalid: Only HTTPS links are allowed"
                }
                if (b.has("callback_data")) {
                    int bytes = b.get("callback_data").asText().getBytes(StandardCharsets.UTF_8).length;
                    if (bytes < 1 || bytes > 64) {
                        return "BUTTON_DATA_INVALID";
                    }
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------
    // JSON

    private int enqueue(String field, ObjectNode payload) {
        synchronized (lock) {
            int id = nextUpdateId++;
            ObjectNode update = NODES.objectNode();
            update.put("update_id", id);
            update.set(field, payload);
            allUpdates.put(id, update);
            pending.add(new Pending(id, update.deepCopy()));
            lock.notifyAll();
            return id;
        }
    }

    private ObjectNode message(FakeUser user, ObjectNode chat) {
        remember(user);
        ObjectNode m = NODES.objectNode();
        synchronized (lock) {
            m.put("message_id", nextMessageId++);
        }
        m.set("from", userJson(user));
        m.set("chat", chat);
        m.put("date", now());
        return m;
    }

    private static void putText(ObjectNode message, String text) {
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = 0;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", end);
        }
    }

    private static void putCaption(ObjectNode message, String caption) {
        if (caption != null) {
            message.put("caption", caption);
        }
    }

    private void remember(FakeUser user) {
        synchronized (lock) {
            users.put(user.id(), user);
        }
    }

    private ObjectNode botMessage(int messageId, long chatId) {
        ObjectNode m = NODES.objectNode();
        m.put("message_id", messageId);
        m.set("from", botJson());
        m.set("chat", chatJson(chatId));
        m.put("date", now());
        return m;
    }

    private ObjectNode chatJson(long chatId) {
        synchronized (lock) {
            String title = groupTitles.get(chatId);
            if (title != null) {
                return groupChat(chatId);
            }
            FakeUser u = users.get(chatId);
            return u == null ? NODES.objectNode().put("id", chatId).put("type", "private").put("first_name", "User")
                    : privateChat(u);
        }
    }

    private static ObjectNode privateChat(FakeUser user) {
        ObjectNode chat = NODES.objectNode();
        chat.put("id", user.chatId());
        chat.put("type", "private");
        chat.put("first_name", user.firstName());
        if (user.lastName() != null) {
            chat.put("last_name", user.lastName());
        }
        if (user.username() != null) {
            chat.put("username", user.username());
        }
        return chat;
    }

    private ObjectNode groupChat(long groupChatId) {
        String title;
        synchronized (lock) {
            title = groupTitles.getOrDefault(groupChatId, "Group " + groupChatId);
        }
        return NODES.objectNode().put("id", groupChatId).put("type", "group").put("title", title);
    }

    private static ObjectNode userJson(FakeUser user) {
        ObjectNode u = NODES.objectNode();
        u.put("id", user.id());
        u.put("is_bot", false);
        u.put("first_name", user.firstName());
        if (user.lastName() != null) {
            u.put("last_name", user.lastName());
        }
        if (user.username() != null) {
            u.put("username", user.username());
        }
        if (user.languageCode() != null) {
            u.put("language_code", user.languageCode());
        }
        return u;
    }

    private static ObjectNode botJson() {
        return NODES.objectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "ThiDuaBot").put("username", BOT_USERNAME);
    }

    private static Answer ok(JsonNode result) {
        ObjectNode body = NODES.objectNode();
        body.put("ok", true);
        body.set("result", result);
        return json(200, body);
    }

    private static Answer error(int status, String description, Integer retryAfter) {
        ObjectNode body = NODES.objectNode();
        body.put("ok", false);
        body.put("error_code", status);
        body.put("description", description);
        if (retryAfter != null) {
            body.putObject("parameters").put("retry_after", retryAfter);
        }
        return json(status, body);
    }

    private static Answer json(int status, JsonNode body) {
        try {
            return new Answer(status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------

    private Fault takeFault(String method, Long chatId) {
        synchronized (lock) {
            Iterator<Fault> it = faults.iterator();
            while (it.hasNext()) {
                Fault f = it.next();
                if (f.method.equals(method) && (f.chatId == null || f.chatId.equals(chatId))) {
                    if (--f.remaining <= 0) {
                        it.remove();
                    }
                    return f;
                }
            }
            return null;
        }
    }

    private void record(String method, Long chatId, int status) {
        synchronized (lock) {
            attempts.add(new Attempt(method, chatId, status, Instant.now()));
            lock.notifyAll();
        }
    }

    /**
     * True once every update queued so far has been taken for good: confirmed by a later getUpdates offset
     * (polling) or accepted with a 2xx by the webhook. The bot confirms an update only after its transaction
     * committed, so the answers it caused are in the outbox by then.
     */
    public boolean allUpdatesTaken() {
        return pendingUpdates() == 0;
    }

    private int pendingUpdates() {
        synchronized (lock) {
            return pending.size();
        }
    }

    private List<RecordedMessage> messagesToLocked(long chatId) {
        return sent.stream().filter(m -> m.chatId() == chatId).toList();
    }

    private static String describe(List<RecordedMessage> messages) {
        return messages.isEmpty() ? "(none)" : messages.stream().map(RecordedMessage::toString).collect(Collectors.joining("\n  "));
    }

    private int nextFileId() {
        synchronized (lock) {
            return nextFileId++;
        }
    }

    private void waitQuietly(long millis) {
        try {
            lock.wait(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    @Override
    public String toString() {
        return "FakeBotApi[" + baseUrl() + "]";
    }

    /** For debugging a test: everything the bot sent, by chat. */
    public Map<Long, List<String>> transcript() {
        Map<Long, List<String>> byChat = new LinkedHashMap<>();
        synchronized (lock) {
            for (RecordedMessage m : sent) {
                byChat.computeIfAbsent(m.chatId(), k -> new ArrayList<>()).add(m.text());
            }
        }
        return byChat;
    }

    // ------------------------------------------------------------------------------------------------
    // Webhook mode: once the bot calls setWebhook, the fake acts as Telegram does then. Every update a
    // test produces (userSends, userPresses, redeliver, ...) is POSTed, in order and one at a time, to
    // the registered URL with the X-Telegram-Bot-Api-Secret-Token header; an answer other than 2xx (or
    // no answer) is retried after a short pause, and the updates after it wait. deleteWebhook stops it;
    // without a webhook nothing changes (getUpdates serves the updates as before).

    /** A setWebhook call as Telegram received it. */
    public record WebhookRegistration(String url, String secretToken, List<String> allowedUpdates, Integer maxConnections,
                                      Instant at) { }

    /** One POST of an update to the webhook, and the bot's answer (-1: no answer, e.g. connection refused). */
    public record WebhookDelivery(int updateId, int status, Instant at) { }

    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final List<WebhookRegistration> webhookRegistrations = new ArrayList<>();
    private final List<WebhookDelivery> webhookDeliveries = new ArrayList<>();
    private WebhookRegistration webhook;
    private Thread webhookThread;
    private final java.net.http.HttpClient webhookClient = java.net.http.HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Answer setWebhook(Map<String, JsonNode> params) {
        String url = textParam(params, "url");
        if (url == null || url.isBlank()) {
            return error(400, "Bad Request: bad webhook: URL must not be empty", null);
        }
        String secret = textParam(params, "secret_token");
        if (secret != null && !secret.matches("[A-Za-z0-9_-]{1,256}")) {
            return error(400, "Bad Request: secret token contains unallowed characters", null);
        }
        JsonNode allowed = jsonParam(params, "allowed_updates");
        List<String> kinds = new ArrayList<>();
        if (allowed != null && allowed.isArray()) {
            allowed.forEach(k -> kinds.add(k.asText()));
        }
        Long max = longParam(params, "max_connections");
        synchronized (lock) {
            webhook = new WebhookRegistration(url, secret, List.copyOf(kinds), max == null ? null : max.intValue(), Instant.now());
            webhookRegistrations.add(webhook);
            if (webhookThread == null) {
                webhookThread = new Thread(this::deliverToWebhook, "fake-telegram-webhook");
                webhookThread.setDaemon(true);
                webhookThread.start();
            }
            lock.notifyAll();
        }
        return ok(NODES.booleanNode(true));
    }

    private void webhookDeleted() {
        synchronized (lock) {
            webhook = null;
            lock.notifyAll();
        }
    }

    private void deliverToWebhook() {
        long pause = 100;
        while (true) {
            Pending next;
            WebhookRegistration target;
            synchronized (lock) {
                while (!closed && (webhook == null || held || pending.isEmpty())) {
                    waitQuietly(1000);
                }
                if (closed) {
                    return;
                }
                next = pending.get(0);
                target = webhook;
            }
            int status = post(target, next.update.toString().getBytes(StandardCharsets.UTF_8), target.secretToken());
            synchronized (lock) {
                webhookDeliveries.add(new WebhookDelivery(next.id, status, Instant.now()));
                if (status >= 200 && status < 300) {
                    pending.remove(next);
                    pause = 100;
                }
                lock.notifyAll();
            }
            if (status < 200 || status >= 300) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    return;
                }
                pause = Math.min(pause * 2, 2000);
            }
        }
    }

    private int post(WebhookRegistration target, byte[] body, String secret) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(target.url()))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
            if (secret != null) {
                request.header(SECRET_HEADER, secret);
            }
            return webhookClient.send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Every setWebhook call, in order. */
    public List<WebhookRegistration> webhookRegistrations() {
        synchronized (lock) {
            return List.copyOf(webhookRegistrations);
        }
    }

    /** Waits until the bot has called setWebhook; returns the registration in force. */
    public WebhookRegistration awaitWebhook(Duration timeout) {
        Await.until(timeout, "the bot to call setWebhook", () -> currentWebhook() != null);
        return currentWebhook();
    }

    /** The webhook in force (null if none, or deleted). */
    public WebhookRegistration currentWebhook() {
        synchronized (lock) {
            return webhook;
        }
    }

    /** Every POST of an update to the webhook so far, with the bot's answer. */
    public List<WebhookDelivery> webhookDeliveries() {
        synchronized (lock) {
            return List.copyOf(webhookDeliveries);
        }
    }

    /** Waits until the bot answered 2xx to a POST of this update (i.e. it has committed it). */
    public void awaitWebhookAccepted(int updateId, Duration timeout) {
        Await.until(timeout, () -> "the webhook to accept update " + updateId + "; deliveries: " + webhookDeliveries(),
                () -> webhookDeliveries().stream().anyMatch(d -> d.updateId() == updateId && d.status() >= 200 && d.status() < 300));
    }

    /**
     * POSTs a body to the registered webhook URL with this secret header (none if null), as anyone on the
     * internet could, outside the fake's own delivery. @return the HTTP status (-1 if no answer)
     */
    public int postToWebhook(byte[] body, String secretHeader) {
        WebhookRegistration target = currentWebhook();
        if (target == null) {
            throw new IllegalStateException("no webhook registered");
        }
        return post(target, body, secretHeader);
    }

    /** The JSON of an update as the fake made it (for {@link #postToWebhook}). */
    public byte[] updateJson(int updateId) {
        synchronized (lock) {
            ObjectNode update = allUpdates.get(updateId);
            if (update == null) {
                throw new IllegalArgumentException("no update " + updateId);
            }
            return update.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * The messages the bot sent from the given position in the order they arrived, waiting up to the
     * timeout for at least one (empty if none came). For a load generator that follows every answer
     * without scanning everything sent at each one.
     */
    public List<RecordedMessage> awaitMessagesFrom(int position, Duration timeout) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        synchronized (lock) {
            while (sent.size() <= position && !closed) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return List.of();
                }
                waitQuietly(left);
            }
            return sent.size() <= position ? List.of() : new ArrayList<>(sent.subList(position, sent.size()));
        }
    }
}

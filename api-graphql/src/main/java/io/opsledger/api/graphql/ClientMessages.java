package io.opsledger.api.graphql;

import java.util.regex.Pattern;

/**
 * The last guard on messages that leave the server: a library's message (a conversion, a
 * parse) may quote Java names, which mean nothing to a client and say too much about the inside.
 */
public final class ClientMessages {

    private static final Pattern NO_ENUM_CONSTANT = Pattern.compile("No enum constant (?:[\\w$]+\\.)*[\\w$]+\\.(\\w+)");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z_][\\w]*\\.)+([A-Z][\\w$]*)");
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b[A-Z]?\\w*(?:Exception|Error)\\b:?\\s*");
    private static final Pattern RECORD_SYNTAX = Pattern.compile("\\b[A-Z]\\w*\\[(\\w+=)");

    private ClientMessages() {
    }

    public static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "the value could not be read";
        }
        String cleaned = NO_ENUM_CONSTANT.matcher(message).replaceAll("'$1' is not one of the accepted values");
        cleaned = QUALIFIED_NAME.matcher(cleaned).replaceAll("$1");
        cleaned = EXCEPTION_NAME.matcher(cleaned).replaceAll("");
        cleaned = RECORD_SYNTAX.matcher(cleaned).replaceAll("[$1");
        return cleaned.isBlank() ? "the value could not be read" : cleaned.strip();
    }
}

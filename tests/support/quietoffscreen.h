#pragma once

// The offscreen platform cannot pass a top-level window's size constraints on, and says so
// ("This plugin does not support propagateSizeHints()") each time a shown pane's layout sets
// them: one known line, repeated for every pane shown, that would bury a benchmark's figures.
// Installs a message handler that drops that line and passes every other message on.
void hideOffscreenSizeHintWarnings();

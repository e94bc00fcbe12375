#pragma once

class QLabel;

// Shows a label's text in the palette's error red; bold where it is a dialog's verdict.
void showAsError(QLabel *label, bool bold = false);

// The reference for the start-up benchmark: the smallest Qt Widgets program that opens a
// window. It paints once, prints the same line as `cadence` with CADENCE_EXIT_AFTER_FIRST_PAINT=1
// and quits, so that bench_coverage times both programs from exec to their first painted window.
#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {

class FirstPaintReporter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [] {
                std::printf("cadence: first paint (reference)\n");
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Reference"));
    window.resize(1280, 800);
    window.installEventFilter(new FirstPaintReporter(&window));
    window.show();
    return QApplication::exec();
}

#include "cli.h"
#include "commandgroups.h"

namespace Cli {

const std::vector<CliCommand> &commands()
{
    static const std::vector<CliCommand> all = [] {
        std::vector<CliCommand> list;
        for (auto group : {&workspaceCommands, &coverageCommands, &goalCommands, &interviewCommands,
                           &metricsCommands, &syncCommands, &weekCommands, &screenshotCommands})
            for (CliCommand &command : group())
                list.push_back(std::move(command));
        return list;
    }();
    return all;
}

} // namespace Cli

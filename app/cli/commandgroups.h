#pragma once

#include "cli.h"

#include <vector>

// Each group of commands lives in its own file; commands.cpp lists the groups.
std::vector<CliCommand> workspaceCommands();
std::vector<CliCommand> coverageCommands();
std::vector<CliCommand> goalCommands();
std::vector<CliCommand> interviewCommands();
std::vector<CliCommand> metricsCommands();
std::vector<CliCommand> screenshotCommands();
std::vector<CliCommand> syncCommands();
std::vector<CliCommand> weekCommands();

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studioapp.h"

int main(int argc, char **argv)
{
    return Studio::App::runStudio(argc, argv);
}

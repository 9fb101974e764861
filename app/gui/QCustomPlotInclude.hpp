// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

// qcustomplot.h uses Qt's `signals` and `foreach` keywords, which lupa switches off with QT_NO_KEYWORDS.
#define signals Q_SIGNALS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef foreach
#undef signals

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* gir.h - the whole of libgir, for the programs' mains. */
#ifndef GIR_H
#define GIR_H

#include "check.h"
#include "cli.h"
#include "binary.h"
#include "columns.h"
#include "csvout.h"
#include "decode.h"
#include "diag.h"
#include "docx.h"
#include "grid.h"
#include "html.h"
#include "norm.h"
#include "number.h"
#include "pdf.h"
#include "reader.h"
#include "report.h"
#include "split.h"
#include "stream.h"
#include "table.h"
#include "template.h"
#include "xmalloc.h"

#endif

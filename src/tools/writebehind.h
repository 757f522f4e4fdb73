/* writebehind.h: a stdio stream whose file writes happen on a helper thread. */
#ifndef VL_WRITEBEHIND_H
#define VL_WRITEBEHIND_H

#include <stdio.h>

/*
 * Opens path for writing ("wb" semantics) and returns a FILE whose buffered
 * output is handed to a thread that writes it out, so the host file system's
 * cost overlaps the emulation. fclose waits for every byte and reports the
 * first write error. NULL with errno set when the file cannot be opened.
 */
FILE *wb_fopen(const char *path);

#endif

//! The directory a generation's tantivy index is opened through: tantivy's memory-mapped
//! directory, except that a reader who may not write to the index can still open it.
//!
//! Opening a reader takes tantivy's meta lock (an `flock` on `.tantivy-meta.lock`, so that a
//! writer does not delete the segments being opened), and tantivy opens that file for writing
//! to lock it. A user who may only read the index (another account, a read-only mount) cannot,
//! and every query failed. `flock` needs no write access, so the lock is then taken through a
//! read-only handle; where the lock file does not exist and cannot be created, no writer can
//! have run there since, and the open goes ahead without it.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, WatchCallback, WatchHandle, WritePtr,
};

#[derive(Clone, Debug)]
pub struct IndexDirectory {
    inner: MmapDirectory,
    root: PathBuf,
}

impl IndexDirectory {
    pub fn open(
        path: &Path,
    ) -> Result<IndexDirectory, tantivy::directory::error::OpenDirectoryError> {
        Ok(IndexDirectory {
            inner: MmapDirectory::open(path)?,
            root: path.to_path_buf(),
        })
    }
}

/// May the error come from lacking the right to write (rather than from a lock held)?
fn denied(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

impl Directory for IndexDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.inner.get_file_handle(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.inner.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        self.inner.atomic_write(path, data)
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.inner.sync_directory()
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        match self.inner.acquire_lock(lock) {
            Err(LockError::IoError(error)) if denied(&error) => {
                let path = self.root.join(&lock.filepath);
                let file = match File::open(&path) {
                    Ok(file) => file,
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {
                        return Ok(DirectoryLock::from(Box::new(())));
                    }
                    Err(e) => return Err(LockError::wrap_io_error(e)),
                };
                if lock.is_blocking {
                    file.lock().map_err(LockError::wrap_io_error)?;
                } else if file.try_lock().is_err() {
                    return Err(LockError::LockBusy);
                }
                // (Closing the handle releases the lock.)
                Ok(DirectoryLock::from(Box::new(file)))
            }
            other => other,
        }
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(watch_callback)
    }
}

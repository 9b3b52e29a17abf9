/// <reference types="kelisim/astro" />
